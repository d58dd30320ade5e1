package io.jk6.ws.websockets;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.ws.client.Dialer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The {@code k6/websockets} module: the browser's {@code WebSocket} on the VU's event loop (non-blocking;
 * the iteration ends once every socket closed and nothing else is pending) and {@code Blob}.
 */
@Component(service = JsModule.class)
@ModuleName("k6/websockets")
public class WebSocketsModule implements JsModule {

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
