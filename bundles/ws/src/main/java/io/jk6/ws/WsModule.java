package io.jk6.ws;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.ws.client.Dialer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@code k6/ws} module: k6's first WebSocket API, where {@code ws.connect} blocks the iteration until
 * the socket closes. Every VU dials with the component's one {@link Dialer}, closed with the component.
 */
@Component(service = JsModule.class)
@ModuleName("k6/ws")
public class WsModule implements JsModule {

    private final Dialer dialer = new Dialer();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        // no named exports: the engine offers connect as one, so `import { connect } from 'k6/ws'` works too
        Exports exports = Exports.ofDefault(new K6Ws(vu, dialer));
        return () -> exports;
    }

    @Deactivate
    void deactivate() {
        dialer.close();
    }
}
