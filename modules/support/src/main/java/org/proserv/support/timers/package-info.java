/**
 * The support context's timers: one non-persistent schedule per job, each only calling its sweep. Non-persistent on
 * purpose: a persistent timer belongs to the node that created it and dies with it, while every sweep here is an
 * idempotent set-based update that any node may run at any time and that catches up on whatever fell due while no node
 * ran.
 */
package org.proserv.support.timers;
