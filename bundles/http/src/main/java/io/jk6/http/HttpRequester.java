package io.jk6.http;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.http.client.ConnectionKey;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.K6ErrorCodes;
import io.jk6.http.client.OutgoingRequest;
import io.jk6.http.client.VuHttpClient;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * One k6 HTTP call from start to {@link HttpResponse}: checks it runs inside an iteration,
 * sends the request through the VU's client, follows redirects as Go's http.Client does
 * (which k6 inherits), pushes one set of metric samples per request on the wire and logs
 * failures as k6 does instead of throwing.
 */
final class HttpRequester {

    private static final Logger LOG = System.getLogger("io.jk6.http");

    private final VU vu;
    private final VuHttpClient client;
    private final HttpMetrics metrics;
    private final ScriptSupport script;

    HttpRequester(VU vu, VuHttpClient client, HttpMetrics metrics, ScriptSupport script) {
        this.vu = vu;
        this.client = client;
        this.metrics = metrics;
        this.script = script;
    }

    HttpResponse request(String method, Value urlValue, Value bodyValue, Value paramsValue) {
        VUState state = vu.state().orElseThrow(
                () -> script.error("making http requests in the init context is not supported"));
        String url = urlValue == null || urlValue.isNull() ? "" : urlValue.isString() ? urlValue.asString()
                : urlValue.toString();
        RequestParams params = RequestParams.from(paramsValue, script);
        RequestBody body = RequestBody.from(bodyValue);
        Map<String, List<String>> headers = new LinkedHashMap<>(params.headers());
        if (body.contentType() != null && !hasHeader(headers, "Content-Type")) {
            headers.put("Content-Type", List.of(body.contentType()));
        }

        URI uri;
        try {
            uri = new URI(url);
            ConnectionKey.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            // As k6: no request, so no metrics; a warning and a failed response.
            String message = "invalid URL \"" + url + "\": " + e.getMessage();
            if (option(state, "throw")) {
                throw script.error(message);
            }
            warnFailed(method, url, message);
            return new HttpResponse(0, "", null, Map.of(), url, "", message, K6ErrorCodes.INVALID_URL,
                    ResponseTimings.none(), new RequestInfo(method, url, headers, body.asText()),
                    "", 0, "", script);
        }

        long deadlineNanos = System.nanoTime() + params.timeoutMillis() * 1_000_000L;
        OutgoingRequest current = new OutgoingRequest(method, uri, headers, body.bytes());
        String currentUrl = url;
        for (int redirectsFollowed = 0; ; redirectsFollowed++) {
            Exchange exchange = client.execute(current, deadlineNanos, !option(state, "noConnectionReuse"));
            boolean unexpected = exchange.failed() || exchange.status() < 200 || exchange.status() > 399;
            vu.push(metrics.samplesOf(exchange, tags(state, current, currentUrl, exchange, unexpected, params),
                    unexpected));
            if (exchange.failed()) {
                if (option(state, "throw")) {
                    throw script.error(goMethod(current.method()) + " \"" + currentUrl + "\": "
                            + exchange.failure().message());
                }
                warnFailed(current.method(), currentUrl, exchange.failure().message());
                return response(exchange, current, currentUrl, body, params);
            }
            String location = exchange.headers().get("Location");
            if (!isRedirect(exchange.status()) || location == null) {
                return response(exchange, current, currentUrl, body, params);
            }
            if (redirectsFollowed >= params.redirects()) {
                if (params.redirects() > 0) {
                    LOG.log(Level.WARNING, "Stopped after " + redirectsFollowed + " redirects and returned the "
                            + "redirection; pass { redirects: n } in request params to silence this");
                }
                return response(exchange, current, currentUrl, body, params);
            }
            URI next;
            try {
                next = current.uri().resolve(new URI(location));
                ConnectionKey.of(next);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return response(exchange, current, currentUrl, body, params);
            }
            current = redirected(current, next, exchange.status());
            currentUrl = next.toString();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /**
     * The request a redirect leads to. As Go: 301/302/303 turn anything but GET and HEAD into
     * a bodiless GET; 307/308 repeat method and body. Credentials stay on the original host.
     */
    private static OutgoingRequest redirected(OutgoingRequest previous, URI next, int status) {
        boolean keepsMethod = status == 307 || status == 308
                || previous.method().equals("GET") || previous.method().equals("HEAD");
        String method = keepsMethod ? previous.method() : "GET";
        byte[] body = status == 307 || status == 308 ? previous.body() : null;
        Map<String, List<String>> headers = new LinkedHashMap<>(previous.headers());
        if (body == null) {
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
        }
        if (!sameHost(previous.uri(), next)) {
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization")
                    || name.equalsIgnoreCase("Cookie") || name.equalsIgnoreCase("Host"));
        }
        return new OutgoingRequest(method, next, headers, body);
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost());
    }

    private static TagSet tags(VUState state, OutgoingRequest request, String url, Exchange exchange,
            boolean unexpected, RequestParams params) {
        Map<String, String> tags = new HashMap<>(32);
        tags.put("method", request.method());
        tags.put("url", url);
        tags.put("name", url);
        tags.put("status", Integer.toString(exchange.status()));
        tags.put("expected_response", Boolean.toString(!unexpected));
        if (!exchange.proto().isEmpty()) {
            tags.put("proto", exchange.proto());
        }
        if (!exchange.tlsVersion().isEmpty()) {
            tags.put("tls_version", exchange.tlsVersion());
        }
        if (exchange.failed()) {
            tags.put("error", exchange.failure().message());
            tags.put("error_code", Integer.toString(exchange.failure().code()));
        }
        // Script tags last: a `name` tag groups differing URLs under one name.
        tags.putAll(params.tags());
        return state.tags().withAll(tags);
    }

    private HttpResponse response(Exchange exchange, OutgoingRequest request, String url, RequestBody sentBody,
            RequestParams params) {
        RequestInfo info = new RequestInfo(request.method(), url, request.headers(),
                request.body() == null ? "" : sentBody.asText());
        if (exchange.failed()) {
            return new HttpResponse(0, "", null, Map.of(), url, "", exchange.failure().message(),
                    exchange.failure().code(), new ResponseTimings(exchange.timings()), info,
                    exchange.remoteIp(), exchange.remotePort(), "", script);
        }
        String statusText = exchange.status() + (exchange.reason().isEmpty() ? "" : " " + exchange.reason());
        String body = params.discardBody() ? null : new String(exchange.body(), charsetOf(exchange.headers()));
        return new HttpResponse(exchange.status(), statusText, body, exchange.headers(), url, exchange.proto(),
                "", 0, new ResponseTimings(exchange.timings()), info,
                exchange.remoteIp(), exchange.remotePort(), exchange.tlsVersion(), script);
    }

    private static Charset charsetOf(Map<String, String> headers) {
        String type = headers.get("Content-Type");
        if (type != null) {
            for (String part : type.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring("charset=".length()).replace("\"", "").trim());
                    } catch (IllegalArgumentException unknownCharset) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean hasHeader(Map<String, List<String>> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private static void warnFailed(String method, String url, String message) {
        LOG.log(Level.WARNING, "Request Failed error=\"" + goMethod(method) + " \\\"" + url + "\\\": " + message
                + "\"");
    }

    /** Go prints methods as {@code Get}, {@code Post}. */
    private static String goMethod(String method) {
        return method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A boolean test option ({@code throw}, {@code noConnectionReuse}) as the engine hands it
     * through {@link VUState#option} (API 1.2); false on an engine that does not.
     */
    private static boolean option(VUState state, String name) {
        return state.option(name).map(Boolean.TRUE::equals).orElse(false);
    }
}
