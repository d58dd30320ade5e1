package io.jk6.http;

import io.jk6.api.js.Exports;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.http.client.VuHttpClient;

/** {@code k6/http} for one VU: owns the VU's connections and closes them with the VU. */
final class HttpModuleInstance implements ModuleInstance {

    private final VuHttpClient client;
    private final Exports exports;

    HttpModuleInstance(VU vu) {
        this.client = new VuHttpClient(HttpModule.USER_AGENT);
        ScriptSupport script = new ScriptSupport(vu);
        HttpRequester requester = new HttpRequester(vu, client, new HttpMetrics(vu.metrics()), script);
        // No named exports: the engine offers K6Http's public methods as named exports too,
        // so both `import http from 'k6/http'` and `import { get } from 'k6/http'` work.
        this.exports = Exports.ofDefault(new K6Http(requester));
    }

    @Override
    public Exports exports() {
        return exports;
    }

    /** ModuleInstance's close (an API 1.x default method): the VU is discarded, maybe on another thread. */
    @Override
    public void close() {
        client.close();
    }
}
