package org.proserv.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.proserv.kernel.error.FieldError;
import org.proserv.kernel.error.ProblemCategory;
import org.proserv.kernel.error.ProservException;

/**
 * Reads every JSON request body of the API: the document is parsed (duplicate members refused), checked against the
 * body type by {@link BodyShape} and only then bound by JSON-B, so no value is ever coerced, truncated or wrapped.
 * Applies to any body type of this application, present or future; JSON-P types, strings and streams are left to the
 * platform's readers. It intercepts the read rather than being a body reader itself: which of two readers for the same
 * media type JAX-RS picks is not fixed, while every read passes through the interceptors.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {

    /** Larger than any request of this API; beyond it the body is refused unread. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private static final JsonReaderFactory READERS =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final int MAX_PARSER_MESSAGE = 160;

    private final Jsonb jsonb = new StrictJsonb().getContext(Object.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType mediaType = context.getMediaType();
        if (!isJson(mediaType) || !isReadable(context.getType())) {
            return context.proceed();
        }
        return readFrom(context.getGenericType(), context.getAnnotations(), mediaType, context.getInputStream());
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && (mediaType.getSubtype().equals("json")
                        || mediaType.getSubtype().endsWith("+json"));
    }

    static boolean isReadable(Class<?> type) {
        return !type.isPrimitive()
                && type != String.class
                && !type.getName().startsWith("jakarta.")
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && type != byte[].class
                && !type.getName().startsWith("java.io.");
    }

    Object readFrom(Type genericType, Annotation[] annotations, MediaType mediaType, InputStream entityStream)
            throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(
                    "The request body is larger than " + (MAX_BODY_BYTES >> 10) + " KiB",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (isBlank(body)) {
            if (Arrays.stream(annotations).anyMatch(a -> a.annotationType() == NotNull.class)) {
                throw ProservException.invalid("body", "is required: send a JSON object with the request's fields");
            }
            return null;
        }
        var result = BodyShape.check(parse(body, mediaType), genericType);
        if (!result.fits()) {
            throw refused(result.errors());
        }
        try {
            return jsonb.fromJson(result.normalised().toString(), genericType);
        } catch (JsonbException e) {
            // the shape was checked: what is left is a value JSON-B still cannot build
            throw ProservException.invalid("body", "has a value that cannot be read for this operation");
        }
    }

    static ProservException refused(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.reason()).collect(Collectors.joining("; "));
        return new ProservException(ProblemCategory.VALIDATION, detail, errors);
    }

    private static JsonValue parse(byte[] body, MediaType mediaType) {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        var encoding = charset == null ? StandardCharsets.UTF_8 : charsetOrUtf8(charset);
        try (var reader = READERS.createReader(new InputStreamReader(new ByteArrayInputStream(body), encoding))) {
            return reader.readValue();
        } catch (JsonException | UnsupportedOperationException e) {
            // the parser also refuses, unchecked, numbers of more digits than it will convert
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.length() > MAX_PARSER_MESSAGE) {
                why = why.substring(0, MAX_PARSER_MESSAGE) + "...";
            }
            throw new ProservException(
                    ProblemCategory.VALIDATION,
                    "The request body cannot be read as JSON" + (why.isEmpty() ? "" : ": " + why));
        }
    }

    private static Charset charsetOrUtf8(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ProservException(ProblemCategory.VALIDATION, "The request body's charset is unknown");
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
