package org.proserv.projects.design;

/** The store page a deliverable image shows. */
public enum ImagePage {
    HOME,
    PRODUCT_LIST,
    CATEGORY,
    PRODUCT_DETAILS,
    CART,
    OTHER
}
