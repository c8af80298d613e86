/**
 * A project's delivery: the guaranteed deadline fixed when a director schedules the paid project, its moves (later
 * only, with a reason), and the approval and closing the tasks lead to, from which the guarantee runs.
 */
package org.proserv.projects.schedule;
