/** How bodies are read and written as JSON. */
package org.proserv.rest.json;
