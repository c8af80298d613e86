/**
 * Design projects: a design creation's two paid stages (sketch sets the customer chooses from or rejects, then the
 * refinement that ends with the customer's approval and the deliverable images), the design a design-integration
 * request is for, and design integrations worked on the demo server and delivered into the store or as an installation
 * package.
 */
package org.proserv.projects.design;
