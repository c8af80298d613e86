package org.proserv.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proserv.kernel.error.FieldError;

/**
 * Checks a JSON document against the Java type a request body binds to, before any binding: every value must have the
 * JSON type of its field (nothing is coerced: no "1" for a number, no 1 for a string, no "yes" for a boolean), every
 * number must fit its field exactly (no fraction into an integer, nothing beyond the type's range), every member must
 * be a field of the request. What passes is handed back normalised (integers written plainly), so binding cannot change
 * a value. The reasons speak the API's language: field names and JSON types, never Java names, and quote at most a
 * short prefix of what the client sent.
 */
public final class BodyShape {

    static final int MAX_ERRORS = 20;
    private static final int QUOTE = 24;
    private static final Map<Class<?>, long[]> INTEGER_RANGES = Map.of(
            byte.class,
            new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class,
            new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            short.class,
            new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class,
            new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            int.class,
            new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class,
            new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class,
            new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class,
            new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
    private static final Map<Class<?>, Temporal> TEMPORALS = Map.of(
            Instant.class,
                    new Temporal(
                            "an ISO-8601 instant, e.g. 2026-01-05T09:00:00Z",
                            s -> DateTimeFormatter.ISO_INSTANT.parse(s, Instant::from)),
            OffsetDateTime.class,
                    new Temporal(
                            "an ISO-8601 date-time with offset, e.g. 2026-01-05T09:00:00+04:00", OffsetDateTime::parse),
            ZonedDateTime.class,
                    new Temporal("an ISO-8601 date-time with zone, e.g. 2026-01-05T09:00:00Z", ZonedDateTime::parse),
            LocalDateTime.class,
                    new Temporal("an ISO-8601 local date-time, e.g. 2026-01-05T09:00:00", LocalDateTime::parse),
            LocalDate.class, new Temporal("a date as yyyy-MM-dd", LocalDate::parse),
            LocalTime.class, new Temporal("a time as HH:mm", LocalTime::parse),
            Duration.class, new Temporal("an ISO-8601 duration, e.g. PT16H", Duration::parse),
            Period.class, new Temporal("an ISO-8601 period, e.g. P1Y", Period::parse));

    private record Temporal(String description, Function<String, Object> parser) {}

    private final List<FieldError> errors = new ArrayList<>();

    private BodyShape() {}

    /** The document normalised for binding, or the reasons (at most {@link #MAX_ERRORS}) it does not fit. */
    public static Result check(JsonValue document, Type type) {
        var shape = new BodyShape();
        JsonValue normalised = shape.value(document, type, "");
        return new Result(shape.errors.isEmpty() ? normalised : null, List.copyOf(shape.errors));
    }

    public record Result(JsonValue normalised, List<FieldError> errors) {
        public boolean fits() {
            return errors.isEmpty();
        }
    }

    private JsonValue value(JsonValue value, Type type, String path) {
        Class<?> raw = rawType(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return raw.isPrimitive() ? fail(path, "must not be null", value) : value;
        }
        if (raw == Optional.class) {
            return value(value, typeArgument(type, 0), path);
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return expect(value, JsonValue.ValueType.STRING, path, "a string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return value == JsonValue.TRUE || value == JsonValue.FALSE
                    ? value
                    : fail(path, "must be true or false", value);
        }
        if (INTEGER_RANGES.containsKey(raw) || raw == BigInteger.class) {
            return integer(value, raw, path);
        }
        if (raw == BigDecimal.class) {
            return expect(value, JsonValue.ValueType.NUMBER, path, "a number");
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            return floating(value, raw == Float.class || raw == float.class, path);
        }
        if (raw.isEnum()) {
            return enumeration(value, raw, path);
        }
        if (TEMPORALS.containsKey(raw)) {
            return temporal(value, TEMPORALS.get(raw), path);
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            return array(value, raw.isArray() ? componentType(type) : typeArgument(type, 0), path);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(value, typeArgument(type, 1), path);
        }
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return value;
        }
        if (raw.getName().startsWith("java.")) {
            return expect(value, JsonValue.ValueType.STRING, path, "a string");
        }
        return object(value, raw, path);
    }

    private JsonValue integer(JsonValue value, Class<?> raw, String path) {
        long[] range = INTEGER_RANGES.get(raw);
        String expected = range == null ? "a whole number" : "a whole number from " + range[0] + " to " + range[1];
        if (!(value instanceof JsonNumber number)) {
            return fail(path, "must be " + expected + ", not " + kind(value), null);
        }
        BigDecimal decimal = number.bigDecimalValue();
        // digits before the point, without expanding the number: 1e999999999 must not be built
        long integerDigits = (long) decimal.precision() - decimal.scale();
        if (integerDigits > 40) {
            return fail(path, "must be " + expected, value);
        }
        BigInteger exact;
        try {
            exact = decimal.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            return fail(path, "must be " + expected + " (no fraction)", value);
        }
        if (range != null
                && (exact.compareTo(BigInteger.valueOf(range[0])) < 0
                        || exact.compareTo(BigInteger.valueOf(range[1])) > 0)) {
            return fail(path, "must be " + expected, value);
        }
        return Json.createValue(exact);
    }

    private JsonValue floating(JsonValue value, boolean single, String path) {
        if (!(value instanceof JsonNumber number)) {
            return fail(path, "must be a number, not " + kind(value), null);
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d) || single && !Float.isFinite((float) d)) {
            return fail(path, "must be a number within range", value);
        }
        return value;
    }

    private JsonValue enumeration(JsonValue value, Class<?> raw, String path) {
        String allowed = Arrays.stream(raw.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", ", "[", "]"));
        if (!(value instanceof JsonString text)) {
            return fail(path, "must be one of " + allowed + ", not " + kind(value), null);
        }
        boolean known = Arrays.stream(raw.getEnumConstants())
                .anyMatch(c -> ((Enum<?>) c).name().equals(text.getString()));
        return known ? value : fail(path, "must be one of " + allowed, value);
    }

    private JsonValue temporal(JsonValue value, Temporal temporal, String path) {
        if (!(value instanceof JsonString text)) {
            return fail(path, "must be " + temporal.description() + ", not " + kind(value), null);
        }
        try {
            temporal.parser().apply(text.getString());
            return value;
        } catch (DateTimeException | ArithmeticException e) {
            return fail(path, "must be " + temporal.description(), value);
        }
    }

    private JsonValue array(JsonValue value, Type element, String path) {
        if (!(value instanceof JsonArray array)) {
            return fail(path, "must be an array, not " + kind(value), null);
        }
        var out = Json.createArrayBuilder();
        for (int i = 0; i < array.size(); i++) {
            out.add(value(array.get(i), element, path + "[" + i + "]"));
        }
        return out.build();
    }

    private JsonValue map(JsonValue value, Type valueType, String path) {
        if (!(value instanceof JsonObject object)) {
            return fail(path, "must be an object, not " + kind(value), null);
        }
        var out = Json.createObjectBuilder();
        object.forEach((name, member) -> out.add(name, value(member, valueType, join(path, name))));
        return out.build();
    }

    private JsonValue object(JsonValue value, Class<?> raw, String path) {
        if (!(value instanceof JsonObject object)) {
            return fail(path, "must be a JSON object, not " + kind(value), null);
        }
        Map<String, Type> properties = properties(raw);
        var out = Json.createObjectBuilder();
        object.forEach((name, member) -> {
            Type type = properties.get(name);
            if (type == null) {
                fail(join(path, shorten(name)), "is not a field of this request", null);
            } else {
                out.add(name, value(member, type, join(path, name)));
            }
        });
        return out.build();
    }

    /** The members JSON-B binds for this type: record components, public fields, public setters. */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(
                        name(component.getName(), component.getAccessor().getAnnotation(JsonbProperty.class)),
                        component.getGenericType());
            }
            return properties;
        }
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())
                    && !Modifier.isTransient(field.getModifiers())
                    && !field.isAnnotationPresent(JsonbTransient.class)) {
                properties.put(name(field.getName(), field.getAnnotation(JsonbProperty.class)), field.getGenericType());
            }
        }
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 1
                    && method.getName().length() > 3
                    && method.getName().startsWith("set")
                    && !method.isAnnotationPresent(JsonbTransient.class)) {
                String bean = Character.toLowerCase(method.getName().charAt(3))
                        + method.getName().substring(4);
                properties.putIfAbsent(
                        name(bean, method.getAnnotation(JsonbProperty.class)), method.getGenericParameterTypes()[0]);
            }
        }
        return properties;
    }

    private static String name(String javaName, JsonbProperty annotation) {
        return annotation != null && !annotation.value().isEmpty() ? annotation.value() : javaName;
    }

    private JsonValue expect(JsonValue value, JsonValue.ValueType type, String path, String description) {
        return value.getValueType() == type
                ? value
                : fail(path, "must be " + description + ", not " + kind(value), null);
    }

    /** Records the reason; the value returned only keeps the walk going. */
    private JsonValue fail(String path, String reason, JsonValue quoted) {
        if (errors.size() < MAX_ERRORS) {
            String field = path.isEmpty() ? "body" : path;
            errors.add(new FieldError(field, quoted == null ? reason : reason + ", not " + quote(quoted)));
        }
        return JsonValue.NULL;
    }

    /** A short prefix of what the client sent, enough to recognise it. */
    static String quote(JsonValue value) {
        String text = value.toString();
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "...";
    }

    static String shorten(String name) {
        return name.length() <= QUOTE ? name : name.substring(0, QUOTE) + "...";
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawType(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(rawType(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return rawType(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type componentType(Type type) {
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return rawType(type).getComponentType();
    }
}
