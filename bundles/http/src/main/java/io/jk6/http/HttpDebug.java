package io.jk6.http;

import io.jk6.api.js.ModuleLog;
import io.jk6.api.js.VUState;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.OutgoingRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * k6's {@code httpDebug} option ({@code --http-debug[=full]}): each request and its response
 * logged as k6's {@code httpDebugTransport} logs them, {@code Request:} or {@code Response:} and the
 * message as Go's httputil dumps it (headers in name order, the body only with {@code full}), at
 * info level with the fields {@code source=http-debug}, {@code vu}, {@code iter}, {@code request_id}
 * and the request's tags.
 *
 * @param fields the fields every line of this request carries
 */
record HttpDebug(boolean full, String userAgent, Map<String, Object> fields) {

    /** {@code httpDebug}'s logging for a request, with k6's fields (the VU, iteration and tags), or null. */
    static HttpDebug of(HttpOptions options, VUState state, String nameTag, String url, String method,
            RequestParams params) {
        if (options.httpDebug().isEmpty()) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        state.tags().forEach(fields::put);
        fields.put("method", method);
        fields.put("url", url);
        fields.put("name", nameTag != null ? nameTag : url);
        fields.putAll(params.tags());
        fields.put("source", "http-debug");
        fields.put("vu", state.vuId());
        fields.put("iter", state.iteration());
        return new HttpDebug(options.httpDebug().equals("full"), options.client().userAgent(), fields);
    }

    /** Logs the request about to be sent; returns its id, for {@link #response}. */
    String request(OutgoingRequest request, ModuleLog log) {
        String id = UUID.randomUUID().toString();
        StringBuilder dump = new StringBuilder();
        String path = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty() ? "/"
                : request.uri().getRawPath();
        dump.append(request.method()).append(' ').append(path)
                .append(request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())
                .append(" HTTP/1.1\n");
        dump.append("Host: ").append(request.uri().getRawAuthority().replaceFirst("^.*@", "")).append('\n');
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.putIfAbsent("User-Agent", List.of(userAgent));
        if (request.body() != null) {
            headers.putIfAbsent("Content-Length", List.of(Integer.toString(request.body().length)));
        }
        headers.forEach((name, values) -> values.forEach(v -> dump.append(name).append(": ").append(v).append('\n')));
        dump.append('\n');
        if (full && request.body() != null) {
            dump.append(new String(request.body(), StandardCharsets.UTF_8));
        }
        log.info("Request:\n" + dump + "\n", fields(id));
        return id;
    }

    /** Logs the response to the request {@code id}; nothing when it failed (k6 has no response to dump). */
    void response(Exchange exchange, String id, ModuleLog log) {
        if (exchange.failed()) {
            return;
        }
        StringBuilder dump = new StringBuilder(exchange.proto().isEmpty() ? "HTTP/1.1" : exchange.proto())
                .append(' ').append(exchange.status())
                .append(exchange.reason().isEmpty() ? "" : " " + exchange.reason()).append('\n');
        new TreeMap<>(exchange.headers()).forEach((name, value) -> dump.append(name).append(": ").append(value)
                .append('\n'));
        dump.append('\n');
        if (full && exchange.body() != null) {
            dump.append(new String(exchange.body(), StandardCharsets.UTF_8));
        }
        log.info("Response:\n" + dump + "\n", fields(id));
    }

    private Map<String, Object> fields(String id) {
        Map<String, Object> all = new TreeMap<>(fields);
        all.put("request_id", id);
        return all;
    }
}
