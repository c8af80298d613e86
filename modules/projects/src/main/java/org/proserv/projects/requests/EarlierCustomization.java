package org.proserv.projects.requests;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.proserv.kernel.error.ProservException;

/** A change made to the store before this request: by whom (the customer, a third party) and what it changed. */
@Embeddable
public class EarlierCustomization {

    @Column(name = "made_by", nullable = false, length = 200)
    private String madeBy;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected EarlierCustomization() {}

    public EarlierCustomization(String madeBy, String description) {
        if (madeBy == null || madeBy.isBlank()) {
            throw ProservException.invalid("earlierCustomizations.by", "is required");
        }
        if (description == null || description.isBlank()) {
            throw ProservException.invalid("earlierCustomizations.what", "is required");
        }
        this.madeBy = madeBy.strip();
        this.description = description.strip();
    }

    public String madeBy() {
        return madeBy;
    }

    public String description() {
        return description;
    }
}
