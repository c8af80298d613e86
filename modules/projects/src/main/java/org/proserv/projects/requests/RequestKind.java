package org.proserv.projects.requests;

/** What a request, and the quote and project that follow it, is for. */
public enum RequestKind {
    DEVELOPMENT,
    DESIGN_CREATION,
    DESIGN_INTEGRATION
}
