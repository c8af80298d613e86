package org.proserv.projects.design;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;
import org.proserv.projects.billing.Invoice;
import org.proserv.projects.billing.InvoiceStatus;
import org.proserv.projects.requests.RequestKind;
import org.proserv.projects.schema.ProjectsEntity;

/**
 * A design integration project's work: done on the vendor's demo server, at the intermediate URL the customer can look
 * at, then delivered once, into the customer's existing store or as an installation package.
 */
@Entity
@Table(name = "projects_design_integration")
public class DesignIntegration extends ProjectsEntity {

    static final int MAX_TARGET = 500;

    /** ON_DEMO while worked on the demo server; DELIVERED when delivered. */
    public enum Status {
        ON_DEMO,
        DELIVERED
    }

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "demo_url", nullable = false, length = MAX_TARGET)
    private String demoUrl;

    @Column(name = "demo_at", nullable = false)
    private Instant demoAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private DeliveryMode delivery;

    /** The store it went into, or the installation package's reference. */
    @Column(length = MAX_TARGET)
    private String target;

    @Column(name = "delivered_by", length = 64)
    private String deliveredBy;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected DesignIntegration() {}

    /** Work starts on the demo server once the project's first invoice is paid. */
    public DesignIntegration(
            long projectId, long customerId, RequestKind kind, Invoice first, String demoUrl, Instant now) {
        if (kind != RequestKind.DESIGN_INTEGRATION) {
            throw ProservException.conflict(
                            "Project " + projectId + " is a " + kind + " project, not a design" + " integration")
                    .with("rule", "not-design-integration");
        }
        if (first == null || first.status() != InvoiceStatus.PAID) {
            var refused = ProservException.conflict("No work starts before payment: the integration waits for"
                            + (first == null ? " its first invoice" : " invoice " + first.id()) + " to be paid")
                    .with("rule", "integration-unpaid");
            throw first == null || first.id() == null ? refused : refused.with("invoiceId", first.id());
        }
        this.projectId = projectId;
        this.customerId = customerId;
        this.status = Status.ON_DEMO;
        moveDemo(demoUrl, now);
    }

    /** The intermediate URL on the demo server, while the work is not delivered. */
    public void moveDemo(String url, Instant now) {
        requireNotDelivered();
        WebAddress.require("demoUrl", url);
        this.demoUrl = url;
        this.demoAt = now;
    }

    /** Delivered once: into the store (target: its address) or as an installation package (target: its reference). */
    public void deliver(DeliveryMode mode, String target, String by, Instant now) {
        requireNotDelivered();
        if (mode == null) {
            throw ProservException.invalid("mode", "must be INTO_STORE or INSTALLATION_PACKAGE");
        }
        if (mode == DeliveryMode.INTO_STORE) {
            WebAddress.require("target", target);
        } else if (target == null || target.isBlank() || target.length() > MAX_TARGET) {
            throw ProservException.invalid(
                    "target", "must name the installation package, 1 to " + MAX_TARGET + " characters");
        }
        this.delivery = mode;
        this.target = target;
        this.deliveredBy = by;
        this.deliveredAt = now;
        this.status = Status.DELIVERED;
    }

    private void requireNotDelivered() {
        if (status == Status.DELIVERED) {
            throw ProservException.conflict("The integration was delivered " + delivery + " at " + deliveredAt)
                    .with("rule", "integration-delivered");
        }
    }

    public long projectId() {
        return projectId;
    }

    public long customerId() {
        return customerId;
    }

    public Status status() {
        return status;
    }

    public String demoUrl() {
        return demoUrl;
    }

    public Instant demoAt() {
        return demoAt;
    }

    public DeliveryMode delivery() {
        return delivery;
    }

    public String target() {
        return target;
    }

    public String deliveredBy() {
        return deliveredBy;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
