package org.proserv.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt of a delivery, as the delivery log shows it. Never changed. */
@Entity
@Table(name = "platform_webhook_attempt")
public class WebhookAttempt {

    /** How much of the receiver's answer is kept. */
    static final int MAX_BODY = 1000;

    static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(
            name = "platform_webhook_attempt_seq",
            sequenceName = "platform_webhook_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_webhook_attempt_seq")
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "webhook_id", nullable = false)
    private long webhookId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(length = MAX_ERROR)
    private String error;

    @Column(name = "response_body", length = MAX_BODY)
    private String responseBody;

    protected WebhookAttempt() {}

    WebhookAttempt(long deliveryId, long webhookId, Instant at, SendResult result) {
        this.deliveryId = deliveryId;
        this.webhookId = webhookId;
        this.attemptedAt = at;
        this.statusCode = result.status();
        this.durationMillis = result.duration().toMillis();
        this.error = cut(result.error(), MAX_ERROR);
        this.responseBody = cut(result.body(), MAX_BODY);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public long deliveryId() {
        return deliveryId;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public String error() {
        return error;
    }

    public String responseBody() {
        return responseBody;
    }
}
