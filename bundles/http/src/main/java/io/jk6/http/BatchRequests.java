package io.jk6.http;

import io.jk6.api.js.ModuleLog;
import io.jk6.api.js.VUState;
import io.jk6.http.HttpRequester.Hop;
import io.jk6.http.client.ClientPool;
import io.jk6.http.client.ConnectionKey;
import io.jk6.http.client.VuHttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import org.graalvm.polyglot.Value;

/**
 * k6's {@code http.batch(requests)}: an array or object of requests (each an URL, an
 * {@code http.url} template, {@code [method, url, body, params]} or
 * {@code {method, url, body, params}}) sent in parallel, at most {@code batch} at once and
 * {@code batchPerHost} per host (options, 20 and 6 by default), each on a virtual thread with
 * a client borrowed from the VU's pool. The responses come back in the requests' shape; their
 * metrics are pushed on the VU's thread once all are done.
 */
final class BatchRequests {

    private final HttpRequester requester;
    private final ScriptSupport script;

    BatchRequests(HttpRequester requester, ScriptSupport script) {
        this.requester = requester;
        this.script = script;
    }

    Value run(Value requests) {
        if (requests == null || requests.isNull() || !(requests.hasArrayElements() || requests.hasMembers())) {
            throw script.error("http.batch() expects an array or an object of requests");
        }
        boolean array = requests.hasArrayElements();
        List<String> keys = new ArrayList<>();
        List<PreparedRequest> prepared = new ArrayList<>();
        if (array) {
            for (long i = 0; i < requests.getArraySize(); i++) {
                keys.add(Long.toString(i));
                prepared.add(prepare(requests.getArrayElement(i), Long.toString(i)));
            }
        } else {
            for (String key : requests.getMemberKeys()) {
                keys.add(key);
                prepared.add(prepare(requests.getMember(key), key));
            }
        }
        List<List<Hop>> results = sendAll(prepared);
        Value out = array ? script.newArray() : script.newObject();
        for (int i = 0; i < prepared.size(); i++) {
            HttpResponse response = requester.finish(prepared.get(i), results.get(i));
            if (array) {
                out.setArrayElement(i, response);
            } else {
                out.putMember(keys.get(i), response);
            }
        }
        return out;
    }

    private PreparedRequest prepare(Value request, String where) {
        if (request == null || request.isNull()) {
            throw script.error("http.batch(): request " + where + " is empty");
        }
        if (request.isString() || (request.isHostObject() && request.asHostObject() instanceof TemplatedUrl)) {
            return requester.prepare("GET", request, null, null);
        }
        if (request.hasArrayElements()) {
            long n = request.getArraySize();
            if (n < 2) {
                throw script.error("http.batch(): request " + where + " must be [method, url, body, params]");
            }
            return requester.prepare(method(request.getArrayElement(0)), request.getArrayElement(1),
                    n > 2 ? request.getArrayElement(2) : null, n > 3 ? request.getArrayElement(3) : null);
        }
        if (request.hasMembers()) {
            Value url = request.getMember("url");
            if (url == null || url.isNull()) {
                throw script.error("http.batch(): request " + where + " has no url");
            }
            Value method = request.getMember("method");
            return requester.prepare(method == null || method.isNull() ? "GET" : method(method), url,
                    request.getMember("body"), request.getMember("params"));
        }
        throw script.error("http.batch(): request " + where + " must be an URL, an array or an object");
    }

    private static String method(Value method) {
        return (method.isString() ? method.asString() : method.toString()).toUpperCase(java.util.Locale.ROOT);
    }

    /** Sends every valid request in parallel within the limits; waits for all. */
    private List<List<Hop>> sendAll(List<PreparedRequest> prepared) {
        VUState state = requester.vu().state().orElseThrow();
        HttpOptions options = requester.module().options(state);
        ClientPool pool = requester.module().pool();
        ModuleLog log = requester.vu().log();
        Semaphore total = new Semaphore(options.batch());
        Map<ConnectionKey, Semaphore> perHost = new HashMap<>();
        List<CompletableFuture<List<Hop>>> futures = new ArrayList<>();
        for (PreparedRequest request : prepared) {
            if (request.invalid() != null) {
                futures.add(CompletableFuture.completedFuture(List.of()));
                continue;
            }
            Semaphore host = perHost.computeIfAbsent(ConnectionKey.of(request.uri()),
                    k -> new Semaphore(options.batchPerHost()));
            CompletableFuture<List<Hop>> future = new CompletableFuture<>();
            futures.add(future);
            Thread.ofVirtual().name("http-batch").start(() -> {
                try {
                    host.acquire();
                    try {
                        total.acquire();
                        VuHttpClient client = pool.borrow();
                        try {
                            future.complete(HttpRequester.execute(request, client, log));
                        } finally {
                            pool.release(client);
                            total.release();
                        }
                    } finally {
                        host.release();
                    }
                } catch (Throwable t) {
                    future.completeExceptionally(t);
                }
            });
        }
        List<List<Hop>> results = new ArrayList<>(futures.size());
        for (CompletableFuture<List<Hop>> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("http.batch() was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("http.batch(): " + e.getCause().getMessage(), e.getCause());
            }
        }
        return results;
    }
}
