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
import java.util.Optional;

/** Someone who signs in: a customer's user or a member of staff. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.username = :username")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** The customer this account acts for, by id in the support context; null for staff. */
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String username, String password, Role role, Long customerId, String displayName, Instant now) {
        if ((role == Role.customer) != (customerId != null)) {
            throw new IllegalArgumentException("a customer account needs a customer id, a staff account none");
        }
        this.username = username;
        this.passwordHash = PasswordHash.hash(password);
        this.role = role;
        this.customerId = customerId;
        this.displayName = displayName;
        this.createdAt = now;
    }

    public boolean passwordMatches(String password) {
        return PasswordHash.matches(password, passwordHash);
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
