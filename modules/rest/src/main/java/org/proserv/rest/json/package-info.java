/** How bodies are read and written as JSON, and the one JSON form of money in requests and responses. */
package org.proserv.rest.json;
