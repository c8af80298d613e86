/** Support points, point packs, one-incident packages and the category price list over HTTP. */
package org.proserv.rest.points;
