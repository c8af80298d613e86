/** The customer's rating or complaint after a project closes, and a director's answer to a complaint. */
package org.proserv.projects.feedback;
