package io.jk6.ws.websockets;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.ws.client.Dialer;
import org.osgi.service.component.annotations.Deactivate;

/**
 * What the components serving k6/websockets under its two names share: a {@link Dialer}, closed with the
 * component, and one {@link WebSocketsInstance} per VU. (Each names itself: {@code @ModuleName} is inherited.)
 */
abstract class WebSocketsComponent implements JsModule {

    private final Dialer dialer = new Dialer();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new WebSocketsInstance(vu, dialer);
    }

    @Deactivate
    void deactivate() {
        dialer.close();
    }
}
