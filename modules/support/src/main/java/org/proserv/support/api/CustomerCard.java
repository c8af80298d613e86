package org.proserv.support.api;

/** A customer as other contexts may know them: id, name and e-mail address. */
public record CustomerCard(long id, String name, String email) {}
