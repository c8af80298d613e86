/** The caller's inbox: notices the rules of the projects and installations contexts write. */
package org.proserv.rest.inbox;
