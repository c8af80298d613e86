package org.proserv.platform.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.proserv.kernel.error.ProservException;

/**
 * A registered endpoint: where events of the types it wants go, and the secrets that sign them. Disabled when the
 * receiver answers 410 Gone or has failed for too long; an admin may enable it again.
 */
@Entity
@Table(name = "platform_webhook")
public class Webhook {

    static final int MAX_TYPES = 50;
    static final int MAX_DESCRIPTION = 500;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    @Id
    @SequenceGenerator(name = "platform_webhook_seq", sequenceName = "platform_webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_webhook_seq")
    private Long id;

    @Column(nullable = false, length = EndpointUrl.MAX_LENGTH)
    private String url;

    @Column(nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "event_types", nullable = false, length = 2000)
    private String eventTypes;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "previous_secret", length = 100)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason", length = 200)
    private String disabledReason;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "from_position", nullable = false)
    private long fromPosition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {}

    Webhook(
            String url,
            Set<String> eventTypes,
            String description,
            WebhookSecret secret,
            long fromPosition,
            Instant now) {
        this.url = url;
        this.eventTypes = String.join(" ", checkedTypes(eventTypes));
        this.description = checkedDescription(description);
        this.secret = secret.value();
        this.enabled = true;
        this.fromPosition = fromPosition;
        this.createdAt = now;
    }

    static Set<String> checkedTypes(Set<String> types) {
        if (types == null || types.isEmpty()) {
            throw ProservException.invalid("eventTypes", "name at least one event type");
        }
        if (types.size() > MAX_TYPES) {
            throw ProservException.invalid("eventTypes", "at most " + MAX_TYPES + " types");
        }
        for (String type : types) {
            if (type == null || type.length() > 60 || !TYPE.matcher(type).matches()) {
                throw ProservException.invalid("eventTypes", "not an event type: '" + type + "'");
            }
        }
        return new TreeSet<>(types);
    }

    private static String checkedDescription(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw ProservException.invalid("description", "must not exceed " + MAX_DESCRIPTION + " characters");
        }
        return text;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<String> eventTypes() {
        return new TreeSet<>(Arrays.asList(eventTypes.split(" ")));
    }

    public boolean wants(String type) {
        return enabled && eventTypes().contains(type);
    }

    public boolean enabled() {
        return enabled;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public Instant failingSince() {
        return failingSince;
    }

    public Instant previousSecretUntil() {
        return previousSecretUntil;
    }

    long fromPosition() {
        return fromPosition;
    }

    /** The secrets that sign now: the current one, and the previous one during a rotation's overlap. */
    List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>();
        secrets.add(new WebhookSecret(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(new WebhookSecret(previousSecret));
        }
        return secrets;
    }

    /** A new secret signs from now on; the current one signs too until the overlap ends. */
    WebhookSecret rotate(Duration overlap, Instant now) {
        var next = WebhookSecret.generate();
        previousSecret = secret;
        previousSecretUntil = now.plus(overlap);
        secret = next.value();
        return next;
    }

    void delivered() {
        failingSince = null;
    }

    /** @return whether this failure disabled it: it has failed without a success for the given time */
    boolean failed(Instant now, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (enabled && !now.isBefore(failingSince.plus(disableAfter))) {
            disable("failing since " + failingSince);
            return true;
        }
        return false;
    }

    /** @return whether it was enabled until now */
    boolean disable(String reason) {
        boolean was = enabled;
        enabled = false;
        disabledReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        return was;
    }

    void enable() {
        enabled = true;
        disabledReason = null;
        failingSince = null;
    }
}
