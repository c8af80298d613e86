/** Guarantee claims: free fix tasks within the guarantee that follows the approval, refused after its end. */
package org.proserv.projects.guarantee;
