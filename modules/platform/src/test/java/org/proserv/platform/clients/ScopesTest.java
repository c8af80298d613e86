package org.proserv.platform.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

class ScopesTest {

    @Test
    void aSpaceSeparatedListParsesWhateverItsOrderAndRepetitions() {
        var scopes = Scopes.parse("reports:read tickets:read reports:read", "scope");
        assertEquals(Scopes.of(Scope.TICKETS_READ, Scope.REPORTS_READ), scopes);
        assertEquals("tickets:read reports:read", scopes.toString(), "written in the list's fixed order");
        assertEquals(List.of("tickets:read", "reports:read"), scopes.names());
    }

    @Test
    void everyDocumentedScopeIsKnownByItsWireName() {
        assertEquals(
                "tickets:read points:read reports:read events:read webhooks:manage payments:write", Scopes.allNames());
        for (Scope scope : Scope.values()) {
            assertEquals(scope, Scope.named(scope.wireName()).orElseThrow());
        }
        assertEquals(Scope.TICKETS_READ.wireName(), Scope.TICKETS_READ_NAME);
        assertEquals(Scope.POINTS_READ.wireName(), Scope.POINTS_READ_NAME);
        assertEquals(Scope.REPORTS_READ.wireName(), Scope.REPORTS_READ_NAME);
        assertEquals(Scope.EVENTS_READ.wireName(), Scope.EVENTS_READ_NAME);
        assertEquals(Scope.WEBHOOKS_MANAGE.wireName(), Scope.WEBHOOKS_MANAGE_NAME);
        assertEquals(Scope.PAYMENTS_WRITE.wireName(), Scope.PAYMENTS_WRITE_NAME);
    }

    @Test
    void unknownScopesAreRefusedNamingTheFieldAndTheScopesThereAre() {
        var e = assertThrows(ProservException.class, () -> Scopes.parse("tickets:read tickets:delete", "scopes"));
        assertEquals(ProblemCategory.VALIDATION, e.category());
        assertEquals("scopes", e.fieldErrors().get(0).field());
        assertTrue(e.fieldErrors().get(0).reason().contains("\"tickets:delete\""), e.getMessage());
        assertTrue(e.fieldErrors().get(0).reason().contains(Scopes.allNames()), e.getMessage());
    }

    @Test
    void caseCountsAsInOAuth() {
        assertThrows(ProservException.class, () -> Scopes.parse("Tickets:Read", "scope"));
    }

    @Test
    void emptyListsAndEmptyNamesAreRefused() {
        for (String text : new String[] {"", "tickets:read  reports:read", " tickets:read", "tickets:read "}) {
            var e = assertThrows(ProservException.class, () -> Scopes.parse(text, "scope"), text);
            assertEquals("scope", e.fieldErrors().get(0).field());
        }
        assertThrows(ProservException.class, () -> Scopes.parse((String) null, "scope"));
        assertThrows(ProservException.class, () -> Scopes.parse(List.of(), "scopes"));
    }

    @Test
    void aSetGrantsOnlyTheScopesItHolds() {
        var scopes = Scopes.of(Scope.TICKETS_READ);
        assertTrue(scopes.grants("tickets:read"));
        assertFalse(scopes.grants("reports:read"));
        assertFalse(scopes.grants("tickets:*"), "no wildcards");
        assertFalse(scopes.grants(""));
        assertTrue(Scopes.of(Scope.TICKETS_READ, Scope.POINTS_READ).containsAll(scopes));
        assertFalse(scopes.containsAll(Scopes.of(Scope.TICKETS_READ, Scope.POINTS_READ)));
    }
}
