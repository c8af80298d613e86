package org.proserv.rest.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.proserv.rest.problems.Problem;

/**
 * Refuses, before authentication and JAX-RS, requests whose URL or headers are oversized or carry bytes HTTP does not
 * allow, and paths with matrix parameters ({@code /point-packs/1;DROP} must not address pack 1). The network listener
 * accepts larger headers than these limits (see the pre-boot commands) precisely so that such requests reach this
 * filter and get a problem document instead of the listener's empty answer.
 */
public class RequestShapeFilter extends HttpFilter {

    static final int MAX_URL_BYTES = 8 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE =
            Pattern.compile(TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(\"[^\"]*\"|" + TOKEN + "))*\\s*;?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Refusal> refusal = refusal(request);
        if (refusal.isPresent()) {
            Problem.write(response, refusal.get().status(), refusal.get().detail());
            return;
        }
        chain.doFilter(request, response);
    }

    record Refusal(int status, String detail) {}

    static Optional<Refusal> refusal(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        if (uri.length() + (query == null ? 0 : query.length() + 1) > MAX_URL_BYTES) {
            return Optional.of(new Refusal(414, "The URL is longer than " + MAX_URL_BYTES + " bytes"));
        }
        String path = uri.toLowerCase(Locale.ROOT);
        if (path.contains("%00") || path.indexOf('\0') >= 0) {
            return Optional.of(new Refusal(400, "The path must not contain a NUL character (%00)"));
        }
        if (path.indexOf(';') >= 0) {
            return Optional.of(new Refusal(400, "The path must not carry matrix parameters (';' in a segment)"));
        }
        int size = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                size += name.length() + value.length() + 4;
                if (!isVisibleAscii(value)) {
                    return Optional.of(
                            new Refusal(400, "Header " + shorten(name) + " must hold printable ASCII characters only"));
                }
            }
        }
        if (size > MAX_HEADER_BYTES) {
            return Optional.of(new Refusal(431, "The request headers are larger than " + MAX_HEADER_BYTES + " bytes"));
        }
        return contentType(Collections.list(request.getHeaders("Content-Type")));
    }

    /** One Content-Type, and a media type at that: JAX-RS would otherwise fail before any mapper runs. */
    static Optional<Refusal> contentType(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String expected = "; send the body as application/json";
        if (values.size() > 1 || values.get(0).contains(",")) {
            return Optional.of(new Refusal(400, "Send one Content-Type header" + expected));
        }
        String value = values.get(0).trim();
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return Optional.of(new Refusal(400, "The Content-Type header is not a media type" + expected));
        }
        return Optional.empty();
    }

    private static boolean isVisibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }
}
