/**
 * Project tasks: their lifecycle and who may take each step ({@link org.proserv.projects.tasks.Step}), no work before
 * the part's invoice is paid, progress against the plan and being behind schedule, the history of every change, and the
 * sweep that tells the customer and the director when a task falls behind.
 */
package org.proserv.projects.tasks;
