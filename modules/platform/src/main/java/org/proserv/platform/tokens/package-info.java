/**
 * The embedded JWT issuer for installations without an identity provider of their own: the key
 * pair in the data directory, the public key handed to MP-JWT as configuration, and token signing.
 */
package org.proserv.platform.tokens;
