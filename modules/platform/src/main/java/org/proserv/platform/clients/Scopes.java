package org.proserv.platform.clients;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.proserv.kernel.error.ProservException;

/**
 * A set of scopes, written as OAuth 2.0 writes them (RFC 6749 section 3.3): names separated by single spaces, order and
 * repetition meaningless.
 */
public record Scopes(Set<Scope> values) {

    public Scopes {
        values = values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
    }

    public static Scopes of(Scope... scopes) {
        return new Scopes(Set.of(scopes));
    }

    /**
     * The scopes of a space-separated list. Unknown names, empty names (two spaces, leading or trailing ones) and an
     * empty list are refused naming {@code field}.
     */
    public static Scopes parse(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw ProservException.invalid(field, "name at least one scope");
        }
        List<String> names = List.of(text.split(" ", -1));
        return parse(names, field);
    }

    /** The scopes of these names; unknown and blank ones are refused naming {@code field}. */
    public static Scopes parse(Collection<String> names, String field) {
        if (names.isEmpty()) {
            throw ProservException.invalid(field, "name at least one scope");
        }
        var unknown = new ArrayList<String>();
        var scopes = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            Scope.named(name).ifPresentOrElse(scopes::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw ProservException.invalid(
                    field, "unknown scope " + quoted(unknown.get(0)) + "; the scopes are " + allNames());
        }
        return new Scopes(scopes);
    }

    /** Every scope there is, as a space-separated list. */
    public static String allNames() {
        return new Scopes(EnumSet.allOf(Scope.class)).toString();
    }

    public boolean contains(Scope scope) {
        return values.contains(scope);
    }

    /** Whether this set grants the scope of this name; unknown names are granted by no set. */
    public boolean grants(String name) {
        return Scope.named(name).map(values::contains).orElse(false);
    }

    public boolean containsAll(Scopes other) {
        return values.containsAll(other.values);
    }

    /** The names, in the list's fixed order. */
    public List<String> names() {
        return values.stream().sorted().map(Scope::wireName).toList();
    }

    @Override
    public String toString() {
        return values.stream().sorted().map(Scope::wireName).collect(Collectors.joining(" "));
    }

    private static String quoted(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        return "\"" + shown + "\"";
    }
}
