/** The projects context's timers: each only calls a sweep, which is safe to run on every node at once. */
package org.proserv.projects.timers;
