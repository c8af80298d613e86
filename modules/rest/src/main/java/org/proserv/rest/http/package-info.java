/**
 * What a request must look like at the HTTP level before any operation reads it: bounded URL and headers, one
 * well-formed Content-Type, no matrix parameters, numeric ids where a path expects them. Each refusal is a 4xx problem
 * document.
 */
package org.proserv.rest.http;
