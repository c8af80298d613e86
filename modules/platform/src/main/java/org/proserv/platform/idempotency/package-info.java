/** Idempotency keys: a retried state-changing request answers like the first, with no second effect. */
package org.proserv.platform.idempotency;
