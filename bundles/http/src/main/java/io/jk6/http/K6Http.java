package io.jk6.http;

import org.graalvm.polyglot.Value;

/**
 * What scripts see as {@code http}: k6's request functions. Optional arguments are overloads
 * by arity; arguments are polyglot values because k6 accepts strings, objects, null and
 * undefined in the same position. Every method runs on the VU's thread and blocks it (a
 * virtual thread parks) until the response is read.
 */
public final class K6Http {

    private final HttpRequester requester;

    K6Http(HttpRequester requester) {
        this.requester = requester;
    }

    public HttpResponse get(Value url) {
        return requester.request("GET", url, null, null);
    }

    public HttpResponse get(Value url, Value params) {
        return requester.request("GET", url, null, params);
    }

    public HttpResponse head(Value url) {
        return requester.request("HEAD", url, null, null);
    }

    public HttpResponse head(Value url, Value params) {
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

    public HttpResponse put(Value url) {
        return requester.request("PUT", url, null, null);
    }

    public HttpResponse put(Value url, Value body) {
        return requester.request("PUT", url, body, null);
    }

    public HttpResponse put(Value url, Value body, Value params) {
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

    public HttpResponse options(Value url) {
        return requester.request("OPTIONS", url, null, null);
    }

    public HttpResponse options(Value url, Value body) {
        return requester.request("OPTIONS", url, body, null);
    }

    public HttpResponse options(Value url, Value body, Value params) {
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

    private static String methodName(Value method) {
        String name = method.isString() ? method.asString() : method.toString();
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
