package org.proserv.projects.tasks;

import java.util.EnumSet;
import java.util.Set;
import org.proserv.platform.accounts.Actor;
import org.proserv.platform.accounts.Role;

/** Who may take one step of a task's lifecycle. */
public enum Setter {
    DEVELOPER("a developer", EnumSet.of(Role.developer)),
    QA("QA", EnumSet.of(Role.qa)),
    /** The project's own customer: no staff member, not even an administrator, decides for them. */
    CUSTOMER("the customer", EnumSet.of(Role.customer)),
    /** Any staff member of the projects context, or an administrator. */
    STAFF(
            "projects staff",
            EnumSet.of(Role.quote_manager, Role.director, Role.developer, Role.designer, Role.qa, Role.admin));

    private final String label;
    private final Set<Role> roles;

    Setter(String label, Set<Role> roles) {
        this.label = label;
        this.roles = roles;
    }

    public boolean permits(Actor actor) {
        return roles.contains(actor.role());
    }

    /** For people: "a developer", "the customer". */
    public String label() {
        return label;
    }
}
