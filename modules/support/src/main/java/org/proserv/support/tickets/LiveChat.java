package org.proserv.support.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.proserv.kernel.error.ProservException;

/** A live-chat session a HotRush ticket asked for: the tool, the customer's contact id there, and when. */
@Embeddable
public class LiveChat {

    @Column(name = "live_chat_tool", length = 40)
    private String tool;

    @Column(name = "live_chat_contact", length = 200)
    private String contactId;

    @Column(name = "live_chat_at")
    private Instant at;

    protected LiveChat() {}

    /** A request for a time in the future at which the desk is open. */
    static LiveChat requested(String tool, String contactId, Instant preferredAt, Instant now, SupportTerms terms) {
        if (!preferredAt.isAfter(now)) {
            throw ProservException.invalid("preferredAt", "must be in the future");
        }
        if (!terms.isOpen(preferredAt)) {
            throw ProservException.invalid(
                    "preferredAt",
                    "must fall within open hours; the desk next opens at " + terms.nextOpening(preferredAt));
        }
        var chat = new LiveChat();
        chat.tool = tool;
        chat.contactId = contactId;
        chat.at = preferredAt;
        return chat;
    }

    public String tool() {
        return tool;
    }

    public String contactId() {
        return contactId;
    }

    public Instant at() {
        return at;
    }
}
