/**
 * Installation orders: the installation service and third-party software installations, their payment in support points
 * or by invoice, their engineer, messages and lifecycle.
 */
package org.proserv.installations.orders;
