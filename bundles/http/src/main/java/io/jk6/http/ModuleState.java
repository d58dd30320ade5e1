package io.jk6.http;

import io.jk6.api.js.VUState;
import io.jk6.http.client.ClientPool;
import io.jk6.http.client.VuHttpClient;

/**
 * What k6/http keeps per VU besides its connections: the test's options (read at the first
 * request, when they are known), the VU's cookie jar, emptied at the start of each iteration as
 * k6 does, and the response callback of {@code http.setResponseCallback}. Used on the VU's thread.
 */
final class ModuleState {

    private final String defaultUserAgent;
    private final VuHttpClient client;
    private final ClientPool pool;
    private final RequestRate rate;
    private HttpOptions options;
    private final CookieJar vuJar = new CookieJar();
    private long jarIteration = Long.MIN_VALUE;
    private ExpectedStatuses responseCallback = ExpectedStatuses.DEFAULT;
    /** k6/experimental/tracing's instrumentHTTP: a trace header on every request; null when not instrumented. */
    private volatile io.jk6.http.tracing.TraceHeaders tracing;

    /** @param rate the test's request rate limiter, shared by its VUs */
    ModuleState(String defaultUserAgent, VuHttpClient client, ClientPool pool, RequestRate rate) {
        this.defaultUserAgent = defaultUserAgent;
        this.client = client;
        this.pool = pool;
        this.rate = rate;
    }

    HttpOptions options(VUState state) {
        if (options == null) {
            options = HttpOptions.from(state.options(), defaultUserAgent, state.vuId());
            client.configure(options.client());
            pool.configure(options.client());
            rate.configure(options.rps());
        }
        return options;
    }

    void tracing(io.jk6.http.tracing.TraceHeaders headers) {
        this.tracing = headers;
    }

    io.jk6.http.tracing.TraceHeaders tracing() {
        return tracing;
    }

    /** The test's {@code rps} limiter, or null when it sets none. */
    RequestRate rate() {
        return rate.limits() ? rate : null;
    }

    ClientPool pool() {
        return pool;
    }

    /** The VU's jar, emptied when a new iteration started since it was last used (unless {@code noCookiesReset}). */
    CookieJar vuJar(VUState state) {
        if (state.iteration() != jarIteration && !options(state).noCookiesReset()) {
            jarIteration = state.iteration();
            vuJar.clearAll();
        }
        return vuJar;
    }

    ExpectedStatuses responseCallback() {
        return responseCallback;
    }

    void setResponseCallback(ExpectedStatuses callback) {
        this.responseCallback = callback;
    }
}
