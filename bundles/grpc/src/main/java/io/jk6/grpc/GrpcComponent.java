package io.jk6.grpc;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;

/** What the components serving the gRPC module under its two names share: one {@link GrpcInstance} per VU. */
abstract class GrpcComponent implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new GrpcInstance(vu);
    }
}
