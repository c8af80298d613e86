/**
 * The embedded JWT issuer for installations without an identity provider of their own: the key ring in the data
 * directory (a current key, the next one published ahead, rotated-out keys during their overlap), the key set handed to
 * MP-JWT as configuration, and token signing with a {@code kid}.
 */
package org.proserv.platform.tokens;
