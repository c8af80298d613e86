/** The project an accepted quote starts: whose it is, from which request and quote, of which kind, since when. */
package org.proserv.projects.project;
