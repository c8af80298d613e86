package org.proserv.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A request made with an Idempotency-Key: in flight, or done with the response it got. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    enum State {
        IN_FLIGHT,
        DONE
    }

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String scope;

    @Column(name = "idem_key", nullable = false, length = 200)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 100000)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(String scope, String key, String requestHash, Instant now) {
        this.scope = scope;
        this.key = key;
        this.requestHash = requestHash;
        this.state = State.IN_FLIGHT;
        this.createdAt = now;
    }

    void complete(int status, String body, Instant now) {
        this.state = State.DONE;
        this.responseStatus = status;
        this.responseBody = body;
        this.completedAt = now;
    }

    /** An in-flight record older than this was left by a request that died before finishing. */
    boolean abandoned(Instant now, Duration after) {
        return state == State.IN_FLIGHT && createdAt.plus(after).isBefore(now);
    }

    void restart(String newHash, Instant now) {
        this.requestHash = newHash;
        this.createdAt = now;
    }

    boolean done() {
        return state == State.DONE;
    }

    String requestHash() {
        return requestHash;
    }

    Integer responseStatus() {
        return responseStatus;
    }

    String responseBody() {
        return responseBody;
    }
}
