package io.jk6.http;

import io.jk6.api.js.Exports;
import io.jk6.http.tracing.HttpInstrumentation;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.http.client.ClientPool;
import io.jk6.http.client.ClientSettings;
import io.jk6.http.client.VuHttpClient;

/** {@code k6/http} for one VU: owns the VU's connections and closes them with the VU. */
final class HttpModuleInstance implements ModuleInstance {

    private final VuHttpClient client;
    private final ClientPool pool;
    private final Exports exports;
    private final VU vu;

    HttpModuleInstance(VU vu) {
        this.pool = new ClientPool(ClientSettings.of(HttpModule.USER_AGENT));
        // The VU's own client comes from its pool (and is never given back) to share its HTTP/2 connections.
        this.client = pool.borrow();
        ScriptSupport script = new ScriptSupport(vu);
        // one rps limiter for all the VUs of a test: module instances are made in the init context
        RequestRate rate = vu.initEnv().map(init -> init.shared(RequestRate.KEY, RequestRate::new))
                .orElseGet(RequestRate::new);
        ModuleState module = new ModuleState(HttpModule.USER_AGENT, client, pool, rate);
        HttpRequester requester = new HttpRequester(vu, client, new HttpMetrics(vu.metrics()), script, module);
        // No named exports: the engine offers K6Http's public methods as named exports too,
        // so both `import http from 'k6/http'` and `import { get } from 'k6/http'` work.
        this.exports = Exports.ofDefault(new K6Http(requester, script));
        this.vu = vu;
        HttpInstrumentation.register(vu, module::tracing);
    }

    @Override
    public Exports exports() {
        return exports;
    }

    /** ModuleInstance's close (an API 1.x default method): the VU is discarded, maybe on another thread. */
    @Override
    public void close() {
        HttpInstrumentation.unregister(vu);
        client.close();
        pool.close();
    }
}
