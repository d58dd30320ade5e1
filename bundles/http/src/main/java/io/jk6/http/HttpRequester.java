package io.jk6.http;

import io.jk6.api.js.ModuleLog;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.http.client.ConnectionKey;
import io.jk6.http.client.Exchange;
import io.jk6.http.client.OutgoingRequest;
import io.jk6.http.client.VuHttpClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * One k6 HTTP call in three steps: {@link #prepare} reads the script's values on the VU's
 * thread; {@link #execute} sends the request and follows redirects as Go's http.Client does
 * (which k6 inherits), on any thread with a client that thread owns; {@link ResponseBuilder}
 * then pushes the metric samples and builds the {@link HttpResponse} on the VU's thread. A plain
 * {@code http.get} runs all three on the VU's thread; {@code http.batch} and
 * {@code http.asyncRequest} run {@code execute} beside it.
 */
final class HttpRequester {

    private final VU vu;
    private final VuHttpClient client;
    private final ScriptSupport script;
    private final ModuleState module;
    private final ResponseBuilder responses;

    HttpRequester(VU vu, VuHttpClient client, HttpMetrics metrics, ScriptSupport script, ModuleState module) {
        this.vu = vu;
        this.client = client;
        this.script = script;
        this.module = module;
        this.responses = new ResponseBuilder(vu, metrics, script, this);
    }

    /** A request on the VU's thread, start to end: what {@code http.get} and friends do. */
    HttpResponse request(String method, Value urlValue, Value bodyValue, Value paramsValue) {
        PreparedRequest request = prepare(method, urlValue, bodyValue, paramsValue);
        return finish(request, request.invalid() == null ? execute(request, client, vu.log()) : List.of());
    }

    /** Pushes the samples of {@code hops} and builds the response; on the VU's thread. */
    HttpResponse finish(PreparedRequest request, List<Hop> hops) {
        return responses.finish(request, hops);
    }

    VU vu() {
        return vu;
    }

    VuHttpClient client() {
        return client;
    }

    ModuleState module() {
        return module;
    }

    /**
     * Reads a request from the script's values, on the VU's thread. Bad params throw a JS
     * error; an URL that cannot be requested gives a request marked {@code invalid}.
     */
    PreparedRequest prepare(String method, Value urlValue, Value bodyValue, Value paramsValue) {
        return prepareWithBody(method, urlValue, RequestBody.from(bodyValue), paramsValue);
    }

    /** As {@link #prepare(String, Value, Value, Value)}, with a body already built (forms). */
    PreparedRequest prepareWithBody(String method, Value urlValue, RequestBody requestBody, Value paramsValue) {
        VUState state = vu.state().orElseThrow(
                () -> script.error("making http requests in the init context is not supported"));
        HttpOptions options = module.options(state);
        String url;
        String nameTag = null;
        if (urlValue != null && urlValue.isHostObject() && urlValue.asHostObject() instanceof TemplatedUrl templated) {
            url = templated.url;
            nameTag = templated.name.equals(templated.url) ? null : templated.name;
        } else {
            url = urlValue == null || urlValue.isNull() ? "" : urlValue.isString() ? urlValue.asString()
                    : urlValue.toString();
        }
        RequestParams params = RequestParams.from(paramsValue, script);
        RequestBody body = requestBody;
        Map<String, List<String>> headers = new LinkedHashMap<>(params.headers());
        if (body.contentType() != null && !hasHeader(headers, "Content-Type")) {
            headers.put("Content-Type", List.of(body.contentType()));
        }
        io.jk6.http.tracing.TraceHeaders tracing = module.tracing();
        if (tracing != null) { // instrumentHTTP: a new trace per request, over the script's header of that name
            headers.keySet().removeIf(tracing.name()::equalsIgnoreCase);
            headers.put(tracing.name(), List.of(tracing.next()));
        }
        if (!params.compression().isEmpty() && body.bytes() != null) {
            body = new RequestBody(Compression.compress(body.bytes(), params.compression()), body.contentType());
            if (!hasHeader(headers, "Content-Encoding")) {
                headers.put("Content-Encoding", List.of(String.join(", ", params.compression())));
            }
        }
        CookieJar jar = params.jar() != null ? params.jar() : module.vuJar(state);
        ExpectedStatuses callback = params.callbackGiven() ? params.callback() : module.responseCallback();
        ResponseType type = params.responseType() != null ? params.responseType()
                : options.discardResponseBodies() ? ResponseType.NONE : ResponseType.TEXT;
        URI uri = null;
        String invalid = null;
        try {
            uri = new URI(url);
            ConnectionKey.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            invalid = "invalid URL \"" + url + "\": " + e.getMessage();
        }
        Integer redirects = params.redirects() != null ? params.redirects() : options.maxRedirects();
        return new PreparedRequest(method, url, uri, invalid, nameTag, headers, body, params,
                redirects != null ? redirects : HttpOptions.DEFAULT_MAX_REDIRECTS, redirects != null, jar, callback, type,
                !option(state, "noConnectionReuse"), module.rate(), HttpDebug.of(options, state, nameTag, url, method, params));
    }

    /**
     * One request on the wire and the response to it.
     *
     * @param challenge a digest challenge (401) that the next hop answered: k6 expects its status
     */
    record Hop(OutgoingRequest request, String url, Exchange exchange, boolean challenge) {

        Hop(OutgoingRequest request, String url, Exchange exchange) {
            this(request, url, exchange, false);
        }
    }

    /**
     * Sends the request and follows its redirects, storing and sending cookies; on any thread,
     * with a client only this thread uses now. Returns every hop, the final one last.
     *
     * @param log the VU's log, for k6's warning when the redirects stop at a limit nobody set
     */
    static List<Hop> execute(PreparedRequest prepared, VuHttpClient client, ModuleLog log) {
        RequestParams params = prepared.params();
        long deadlineNanos = System.nanoTime() + params.timeoutMillis() * 1_000_000L;
        if (prepared.rate() != null) {
            prepared.rate().await(); // as k6: once per request, redirects and digest challenges included
        }
        Digest digest = params.digest() ? Digest.of(prepared.uri()) : null;
        OutgoingRequest current = withCookies(new OutgoingRequest(prepared.method(),
                digest != null ? digest.uri() : prepared.uri(), prepared.headers(), prepared.body().bytes()),
                prepared, true);
        String currentUrl = prepared.url();
        List<Hop> hops = new ArrayList<>(1);
        for (int redirectsFollowed = 0; ; redirectsFollowed++) {
            Exchange exchange = send(prepared, current, client, deadlineNanos, log);
            OutgoingRequest answered = digest == null ? null : digest.answer(current, exchange);
            if (answered != null) {
                // as k6: the challenge is a request of its own, in the metrics too
                hops.add(new Hop(current, currentUrl, exchange, true));
                current = answered;
                exchange = send(prepared, current, client, deadlineNanos, log);
            }
            hops.add(new Hop(current, currentUrl, exchange));
            if (exchange.failed()) {
                return hops;
            }
            if (prepared.jar() != null && !exchange.setCookies().isEmpty()) {
                prepared.jar().store(current.uri(), exchange.setCookies());
            }
            String location = exchange.headers().get("Location");
            if (!isRedirect(exchange.status()) || location == null) {
                return hops;
            }
            if (redirectsFollowed >= prepared.redirects()) {
                if (!prepared.redirectsSet()) {
                    // k6's words and count: the requests made, the first one's URL as a field
                    log.warn("Stopped after " + hops.size() + " redirects and returned the redirection; pass"
                            + " { redirects: n } in request params or set global maxRedirects to silence this",
                            Map.of("url", prepared.url()));
                }
                return hops;
            }
            URI next;
            try {
                next = current.uri().resolve(new URI(location));
                ConnectionKey.of(next);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return hops;
            }
            current = withCookies(redirected(current, next, exchange.status()), prepared, false);
            currentUrl = next.toString();
        }
    }

    /** One hop on the wire, logged when {@code httpDebug} is on. */
    private static Exchange send(PreparedRequest prepared, OutgoingRequest request, VuHttpClient client,
            long deadlineNanos, ModuleLog log) {
        if (prepared.debug() == null) {
            return client.execute(request, deadlineNanos, prepared.reuseConnection());
        }
        String id = prepared.debug().request(request, log);
        Exchange exchange = client.execute(request, deadlineNanos, prepared.reuseConnection());
        prepared.debug().response(exchange, id, log);
        return exchange;
    }

    /**
     * The request with its Cookie header, as k6's SetRequestCookies: {@code params.cookies}, then
     * the jar's cookies for the URL unless a param cookie of that name replaces them. A script's
     * own Cookie header is kept on the first request only, as in k6.
     */
    private static OutgoingRequest withCookies(OutgoingRequest request, PreparedRequest prepared, boolean first) {
        Map<String, RequestParams.RequestCookie> given = prepared.params().cookies();
        List<Map.Entry<String, String>> fromJar = prepared.jar() == null ? List.of()
                : prepared.jar().cookiesFor(request.uri());
        if (given.isEmpty() && fromJar.isEmpty() && first) {
            return request;
        }
        StringBuilder cookie = new StringBuilder();
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        for (var it = headers.entrySet().iterator(); it.hasNext();) {
            var header = it.next();
            if (header.getKey().equalsIgnoreCase("Cookie")) {
                if (first) {
                    header.getValue().forEach(v -> append(cookie, v));
                }
                it.remove();
            }
        }
        given.forEach((name, c) -> append(cookie, name + "=" + c.value()));
        for (Map.Entry<String, String> c : fromJar) {
            RequestParams.RequestCookie param = given.get(c.getKey());
            if (param == null || !param.replace()) {
                append(cookie, c.getKey() + "=" + c.getValue());
            }
        }
        if (!cookie.isEmpty()) {
            headers.put("Cookie", List.of(cookie.toString()));
        }
        return new OutgoingRequest(request.method(), request.uri(), headers, request.body());
    }

    private static void append(StringBuilder cookie, String pair) {
        cookie.append(cookie.isEmpty() ? "" : "; ").append(pair);
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
            headers.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type")
                    || name.equalsIgnoreCase("Content-Encoding"));
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

    private static boolean hasHeader(Map<String, List<String>> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    /**
     * k6's warning of a request that failed: {@code Request Failed error="Get \"url\": why"};
     * none when the end of the graceful stop interrupted the VU (k6 does not log a request of an
     * iteration whose context is done).
     */
    static void warnFailed(VU vu, String method, String url, String message) {
        if (vu.isStopping() && Thread.currentThread().isInterrupted()) {
            return;
        }
        vu.log().warn("Request Failed", Map.of("error", goMethod(method) + " \"" + url + "\": " + message));
    }

    /** Go prints methods as {@code Get}, {@code Post}. */
    static String goMethod(String method) {
        return method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A boolean test option ({@code throw}, {@code noConnectionReuse}) as the engine hands it
     * through {@link VUState#options()} (API 1.2); false on an engine that does not.
     */
    static boolean option(VUState state, String name) {
        return Boolean.TRUE.equals(state.options().get(name));
    }
}
