package org.proserv.platform.inbox;

import java.util.Objects;
import org.proserv.platform.accounts.Role;

/** Who a notice is for: one customer (all their people), one staff member, or everyone holding a staff role. */
public record Recipient(Long customerId, String username, Role role) {

    public Recipient {
        int given = (customerId == null ? 0 : 1) + (username == null ? 0 : 1) + (role == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("a notice has exactly one recipient");
        }
        if (role == Role.customer) {
            throw new IllegalArgumentException("a customer is addressed by their customer id");
        }
    }

    public static Recipient customer(long customerId) {
        return new Recipient(customerId, null, null);
    }

    public static Recipient staff(String username) {
        return new Recipient(null, Objects.requireNonNull(username), null);
    }

    public static Recipient role(Role role) {
        return new Recipient(null, null, Objects.requireNonNull(role));
    }
}
