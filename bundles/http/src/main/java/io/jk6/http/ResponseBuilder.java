package io.jk6.http;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.http.HttpRequester.Hop;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.K6ErrorCodes;
import io.jk6.http.client.OutgoingRequest;
import java.io.IOException;
import java.net.HttpCookie;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The VU-thread end of a request: one set of metric samples per hop (tags as k6 sets them,
 * {@code expected_response} and {@code http_req_failed} by the response callback), a warning
 * for a failed request, and the {@link HttpResponse} with its body decoded as asked.
 */
final class ResponseBuilder {

    private final VU vu;
    private final HttpMetrics metrics;
    private final ScriptSupport script;
    private final HttpRequester requester;

    ResponseBuilder(VU vu, HttpMetrics metrics, ScriptSupport script, HttpRequester requester) {
        this.vu = vu;
        this.metrics = metrics;
        this.script = script;
        this.requester = requester;
    }

    HttpResponse finish(PreparedRequest request, List<Hop> hops) {
        VUState state = vu.state().orElseThrow(
                () -> script.error("making http requests in the init context is not supported"));
        boolean throwErrors = HttpRequester.option(state, "throw");
        if (request.invalid() != null) {
            if (throwErrors) {
                throw script.error(request.invalid());
            }
            // As k6: no request, so no metrics; a warning and a failed response.
            HttpRequester.warnFailed(vu, request.method(), request.url(), request.invalid());
            return new HttpResponse(0, "", null, Map.of(), request.url(), "", request.invalid(),
                    K6ErrorCodes.INVALID_URL, ResponseTimings.none(),
                    new RequestInfo(request.method(), request.url(), request.headers(), request.body().asText()),
                    "", 0, "", Map.of(), script, requester);
        }
        for (Hop hop : hops) {
            Exchange exchange = hop.exchange();
            ExpectedStatuses callback = request.callback();
            // k6 expects a digest challenge's 401, whatever the callback says
            boolean expected = !exchange.failed() && callback != null
                    && (hop.challenge() ? exchange.status() == 401 : callback.expects(exchange.status()));
            vu.push(metrics.samplesOf(exchange, tags(state, hop, request, expected), callback == null ? null : !expected));
        }
        Hop last = hops.get(hops.size() - 1);
        Exchange exchange = last.exchange();
        if (exchange.failed()) {
            if (throwErrors) {
                // k6's options.throw: the script sees Go's error text, metrics are already pushed
                throw script.error(HttpRequester.goMethod(last.request().method()) + " \"" + last.url() + "\": "
                        + exchange.failure().message());
            }
            HttpRequester.warnFailed(vu, last.request().method(), last.url(), exchange.failure().message());
        }
        return response(exchange, last.request(), last.url(), request);
    }

    private static TagSet tags(VUState state, Hop hop, PreparedRequest request, boolean expected) {
        Exchange exchange = hop.exchange();
        Map<String, String> tags = new HashMap<>(32);
        tags.put("method", hop.request().method());
        tags.put("url", hop.url());
        tags.put("name", request.nameTag() != null ? request.nameTag() : hop.url());
        tags.put("status", Integer.toString(exchange.status()));
        if (request.callback() != null) {
            tags.put("expected_response", Boolean.toString(expected));
        }
        if (!exchange.proto().isEmpty()) {
            tags.put("proto", exchange.proto());
        }
        if (!exchange.tlsVersion().isEmpty()) {
            tags.put("tls_version", exchange.tlsVersion());
        }
        if (exchange.failed()) {
            tags.put("error", exchange.failure().message());
            tags.put("error_code", Integer.toString(exchange.failure().code()));
        } else if (exchange.status() >= 400) {
            tags.put("error_code", Integer.toString(statusErrorCode(exchange.status())));
        }
        // Script tags last: a `name` tag groups differing URLs under one name.
        tags.putAll(request.params().tags());
        return state.tags().withAll(tags);
    }

    private HttpResponse response(Exchange exchange, OutgoingRequest sent, String url, PreparedRequest request) {
        RequestInfo info = new RequestInfo(sent.method(), url, sent.headers(),
                sent.body() == null ? "" : request.body().asText());
        if (exchange.failed()) {
            return new HttpResponse(0, "", null, Map.of(), url, "", exchange.failure().message(),
                    exchange.failure().code(), new ResponseTimings(exchange.timings()), info,
                    exchange.remoteIp(), exchange.remotePort(), "", Map.of(), script, requester);
        }
        String statusText = exchange.status() + (exchange.reason().isEmpty() ? "" : " " + exchange.reason());
        Object body = null;
        String error = "";
        int errorCode = exchange.status() >= 400 ? statusErrorCode(exchange.status()) : 0;
        if (request.responseType() != ResponseType.NONE) {
            byte[] bytes = exchange.body();
            try {
                bytes = Compression.decompress(bytes, exchange.headers().get("Content-Encoding"));
            } catch (IOException e) {
                // k6's 1701: the response stays, with the error
                error = "error decompressing response body (" + e.getMessage() + ")";
                errorCode = 1701;
            }
            body = request.responseType() == ResponseType.BINARY ? script.arrayBuffer(bytes)
                    : new String(bytes, charsetOf(exchange.headers()));
        }
        return new HttpResponse(exchange.status(), statusText, body, exchange.headers(), url, exchange.proto(),
                error, errorCode, new ResponseTimings(exchange.timings()), info,
                exchange.remoteIp(), exchange.remotePort(), exchange.tlsVersion(), cookies(exchange), script, requester);
    }

    /**
     * k6's {@code error_code} of a response with a 4xx or 5xx status: 1000 plus the status (1404 for a
     * 404), on the response and its samples' {@code error_code} tag; its {@code error} stays empty.
     */
    static int statusErrorCode(int status) {
        return 1000 + status;
    }

    /** {@code res.cookies}: the final response's Set-Cookie lines by name, as k6's HTTPCookie. */
    private static Map<String, List<ResponseCookie>> cookies(Exchange exchange) {
        if (exchange.setCookies().isEmpty()) {
            return Map.of();
        }
        Map<String, List<ResponseCookie>> byName = new LinkedHashMap<>();
        long now = System.currentTimeMillis();
        for (String line : exchange.setCookies()) {
            for (HttpCookie c : CookieJar.parseLine(line)) {
                boolean hasMaxAge = line.toLowerCase(Locale.ROOT).contains("max-age=");
                long maxAge = hasMaxAge ? (c.getMaxAge() == 0 ? -1 : c.getMaxAge()) : 0; // Go: Max-Age=0 is -1
                long expires = !hasMaxAge && c.getMaxAge() != -1 ? now + c.getMaxAge() * 1000 : 0;
                byName.computeIfAbsent(c.getName(), n -> new ArrayList<>()).add(new ResponseCookie(c.getName(),
                        c.getValue(), c.getDomain() == null ? "" : c.getDomain(), c.getPath() == null ? "" : c.getPath(),
                        c.isHttpOnly(), c.getSecure(), maxAge, expires));
            }
        }
        return byName;
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
}
