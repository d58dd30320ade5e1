package io.jk6.http;

import io.jk6.api.js.ModuleLog;
import io.jk6.http.HttpRequester.Hop;
import io.jk6.http.client.ClientPool;
import io.jk6.http.client.VuHttpClient;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;

/**
 * What scripts see as {@code http}: k6's request functions. Optional arguments are overloads
 * by arity; arguments are polyglot values because k6 accepts strings, objects, null and
 * undefined in the same position. Every method runs on the VU's thread and blocks it (a
 * virtual thread parks) until the response is read.
 */
public final class K6Http {

    private final HttpRequester requester;
    private final ScriptSupport script;
    private final BatchRequests batch;

    K6Http(HttpRequester requester, ScriptSupport script) {
        this.requester = requester;
        this.script = script;
        this.batch = new BatchRequests(requester, script);
    }

    public HttpResponse get(Value url) {
        return requester.request("GET", url, null, null);
    }

    public HttpResponse get(Value url, Value params) {
        return requester.request("GET", url, null, params);
    }

    /** Arguments past the params are ignored, as JS (and k6) ignore extra arguments: {@code get(url, null, params)}. */
    public HttpResponse get(Value url, Value params, Value... ignored) {
        return requester.request("GET", url, null, params);
    }

    public HttpResponse head(Value url) {
        return requester.request("HEAD", url, null, null);
    }

    public HttpResponse head(Value url, Value params) {
        return requester.request("HEAD", url, null, params);
    }

    public HttpResponse head(Value url, Value params, Value... ignored) {
        return requester.request("HEAD", url, null, params);
    }

    public HttpResponse post(Value url) {
        return requester.request("POST", url, null, null);
    }

    public HttpResponse post(Value url, Value body) {
        return requester.request("POST", url, body, null);
    }

    public HttpResponse post(Value url, Value body, Value params) {
        return requester.request("POST", url, body, params);
    }

    public HttpResponse post(Value url, Value body, Value params, Value... ignored) {
        return requester.request("POST", url, body, params);
    }

    public HttpResponse put(Value url) {
        return requester.request("PUT", url, null, null);
    }

    public HttpResponse put(Value url, Value body) {
        return requester.request("PUT", url, body, null);
    }

    public HttpResponse put(Value url, Value body, Value params) {
        return requester.request("PUT", url, body, params);
    }

    public HttpResponse put(Value url, Value body, Value params, Value... ignored) {
        return requester.request("PUT", url, body, params);
    }

    public HttpResponse patch(Value url) {
        return requester.request("PATCH", url, null, null);
    }

    public HttpResponse patch(Value url, Value body) {
        return requester.request("PATCH", url, body, null);
    }

    public HttpResponse patch(Value url, Value body, Value params) {
        return requester.request("PATCH", url, body, params);
    }

    public HttpResponse patch(Value url, Value body, Value params, Value... ignored) {
        return requester.request("PATCH", url, body, params);
    }

    /** DELETE: {@code delete} is a JS keyword, hence k6's name. */
    public HttpResponse del(Value url) {
        return requester.request("DELETE", url, null, null);
    }

    public HttpResponse del(Value url, Value body) {
        return requester.request("DELETE", url, body, null);
    }

    public HttpResponse del(Value url, Value body, Value params) {
        return requester.request("DELETE", url, body, params);
    }

    public HttpResponse del(Value url, Value body, Value params, Value... ignored) {
        return requester.request("DELETE", url, body, params);
    }

    public HttpResponse options(Value url) {
        return requester.request("OPTIONS", url, null, null);
    }

    public HttpResponse options(Value url, Value body) {
        return requester.request("OPTIONS", url, body, null);
    }

    public HttpResponse options(Value url, Value body, Value params) {
        return requester.request("OPTIONS", url, body, params);
    }

    public HttpResponse options(Value url, Value body, Value params, Value... ignored) {
        return requester.request("OPTIONS", url, body, params);
    }

    public HttpResponse request(Value method, Value url) {
        return requester.request(methodName(method), url, null, null);
    }

    public HttpResponse request(Value method, Value url, Value body) {
        return requester.request(methodName(method), url, body, null);
    }

    public HttpResponse request(Value method, Value url, Value body, Value params) {
        return requester.request(methodName(method), url, body, params);
    }

    public HttpResponse request(Value method, Value url, Value body, Value params, Value... ignored) {
        return requester.request(methodName(method), url, body, params);
    }

    /** {@code http.batch(requests)}: parallel requests, responses in the requests' shape (array or object). */
    public Value batch(Value requests) {
        return batch.run(requests);
    }

    public CompletionStage<HttpResponse> asyncRequest(Value method, Value url) {
        return async(methodName(method), url, null, null);
    }

    public CompletionStage<HttpResponse> asyncRequest(Value method, Value url, Value body) {
        return async(methodName(method), url, body, null);
    }

    /**
     * {@code http.asyncRequest(...)}: a Promise of the response. The request runs on a virtual
     * thread with a client of the VU's pool; its metrics are pushed and its response built back
     * on the VU's thread, through the event loop.
     */
    public CompletionStage<HttpResponse> asyncRequest(Value method, Value url, Value body, Value params) {
        return async(methodName(method), url, body, params);
    }

    private CompletionStage<HttpResponse> async(String method, Value url, Value body, Value params) {
        PreparedRequest prepared = requester.prepare(method, url, body, params);
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        if (prepared.invalid() != null) {
            result.complete(requester.finish(prepared, List.of()));
            return result;
        }
        Consumer<Runnable> backOnVu = requester.vu().registerCallback();
        ModuleLog log = requester.vu().log();
        ClientPool pool = requester.module().pool();
        Thread.ofVirtual().name("http-async").start(() -> {
            List<Hop> hops;
            VuHttpClient client = pool.borrow();
            try {
                hops = HttpRequester.execute(prepared, client, log);
            } catch (RuntimeException e) {
                backOnVu.accept(() -> result.completeExceptionally(e));
                return;
            } finally {
                pool.release(client);
            }
            backOnVu.accept(() -> {
                try {
                    result.complete(requester.finish(prepared, hops));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        });
        return result;
    }

    /** {@code http.cookieJar()}: the VU's jar, emptied at each iteration's start. */
    public CookieJar cookieJar() {
        return requester.module().vuJar(requester.vu().state().orElseThrow(
                () -> script.error("http.cookieJar() is not available in the init context")));
    }

    /** {@code new http.CookieJar()}: a jar of the script's own, for {@code params.jar}. */
    public CookieJar XCookieJar() {
        return new CookieJar();
    }

    /** {@code http.expectedStatuses(200, {min: 300, max: 399})}: a response callback. */
    public ExpectedStatuses expectedStatuses(Value... statuses) {
        try {
            return ExpectedStatuses.of(statuses);
        } catch (IllegalArgumentException e) {
            throw script.error(e.getMessage());
        }
    }

    /** {@code http.setResponseCallback(callback)}: the VU's default; null means none (no http_req_failed). */
    public void setResponseCallback(Value callback) {
        if (callback == null || callback.isNull()) {
            requester.module().setResponseCallback(null);
        } else if (callback.isHostObject() && callback.asHostObject() instanceof ExpectedStatuses e) {
            requester.module().setResponseCallback(e);
        } else {
            throw script.error("http.setResponseCallback() takes http.expectedStatuses(...) or null");
        }
    }

    public FileData file(Value data) {
        return file(data, null, null);
    }

    public FileData file(Value data, Value filename) {
        return file(data, filename, null);
    }

    /** {@code http.file(data, filename, contentType)}: a file part for a multipart body. */
    public FileData file(Value data, Value filename, Value contentType) {
        if (data == null || data.isNull()) {
            throw script.error("http.file(): data is missing");
        }
        return new FileData(data, ScriptSupport.bytesOf(data), textOrNull(filename), textOrNull(contentType));
    }

    /**
     * {@code http.url`http://host/posts/${id}`}: a tagged template whose {@code name} tag is the
     * template with {@code ${}} for each value, so its requests are one series in the metrics.
     */
    public TemplatedUrl url(Value strings, Value... values) {
        if (strings == null || !strings.hasArrayElements()) {
            throw script.error("http.url is a tagged template: http.url`http://host/items/${id}`");
        }
        StringBuilder url = new StringBuilder();
        StringBuilder name = new StringBuilder();
        for (long i = 0; i < strings.getArraySize(); i++) {
            String part = strings.getArrayElement(i).asString();
            url.append(part);
            name.append(part);
            if (i < values.length) {
                Value v = values[(int) i];
                url.append(v.isString() ? v.asString() : v.toString());
                name.append("${}");
            }
        }
        return new TemplatedUrl(url.toString(), name.toString());
    }

    private static String textOrNull(Value value) {
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    private static String methodName(Value method) {
        String name = method.isString() ? method.asString() : method.toString();
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
