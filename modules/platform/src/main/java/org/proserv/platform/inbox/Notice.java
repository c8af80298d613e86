package org.proserv.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.proserv.platform.accounts.Role;

/** Something a person is told: written once, in the transaction of the change that calls for it, never changed. */
@Entity
@Table(name = "platform_notice")
public class Notice {

    static final int MAX_MESSAGE = 1000;
    static final int MAX_SUBJECT = 100;

    @Id
    @SequenceGenerator(name = "platform_notice_seq", sequenceName = "platform_notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_notice_seq")
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Role role;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notice() {}

    Notice(Recipient to, String kind, String subject, String message, Instant now) {
        this.customerId = to.customerId();
        this.username = to.username();
        this.role = to.role();
        this.kind = kind;
        this.subject = subject;
        // a message is built by the rule from its own data; it is cut rather than lost
        this.message = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
        this.createdAt = now;
    }

    public String message() {
        return message;
    }

    public InboxEntry entry() {
        return new InboxEntry(id, kind, subject, message, createdAt);
    }
}
