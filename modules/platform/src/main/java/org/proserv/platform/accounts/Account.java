package org.proserv.platform.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/** Someone who signs in: a customer's user or a member of staff. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.usernameKey = :key")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    /** The username in lower case: usernames are unique, and found, regardless of case. */
    @Column(name = "username_key", nullable = false, unique = true, length = 64)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Role role;

    /** The customer this account acts for, by id in the support context; null for staff. */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected Account() {}

    public Account(
            String username,
            String password,
            Role role,
            Long customerId,
            String displayName,
            PasswordHash hasher,
            Instant now) {
        if ((role == Role.customer) != (customerId != null)) {
            throw new IllegalArgumentException("a customer account needs a customer id, a staff account none");
        }
        if (role == Role.api_client) {
            throw new IllegalArgumentException("an API client is registered as a client, not an account");
        }
        this.username = username;
        this.usernameKey = key(username);
        this.passwordHash = hasher.hash(password);
        this.role = role;
        this.customerId = customerId;
        this.displayName = displayName;
        this.createdAt = now;
    }

    /** How usernames are compared and looked up: case does not tell two accounts apart. */
    public static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public boolean passwordMatches(String password, PasswordHash hasher) {
        return hasher.matches(password, passwordHash);
    }

    /**
     * Checks a sign-in's password. A hash stored with weaker parameters than the current ones is replaced by one of the
     * current cost while the password is at hand.
     */
    public boolean signIn(String password, PasswordHash hasher) {
        if (!hasher.matches(password, passwordHash)) {
            return false;
        }
        if (hasher.isWeakerThanCurrent(passwordHash)) {
            passwordHash = hasher.hash(password);
        }
        return true;
    }

    /** The holder changes their own password, proving they know the current one. */
    public void changePassword(String currentPassword, String newPassword, PasswordHash hasher) {
        if (!hasher.matches(currentPassword, passwordHash)) {
            throw new ProservException(ProblemCategory.UNAUTHORIZED, "Unknown username or wrong password");
        }
        if (newPassword.equals(currentPassword)) {
            throw ProservException.invalid("newPassword", "must differ from the current password");
        }
        passwordHash = hasher.hash(newPassword);
        mustChangePassword = false;
    }

    /** An administrator sets a new password; the holder must replace it before signing in again. */
    public void resetPassword(String newPassword, PasswordHash hasher) {
        passwordHash = hasher.hash(newPassword);
        mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Optional<Long> customerId() {
        return Optional.ofNullable(customerId);
    }

    public String displayName() {
        return displayName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
