package io.jk6.ws.websockets;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.service.component.annotations.Component;

/** {@code k6/experimental/websockets}: k6/websockets under its old name, with k6's deprecation warning once. */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/websockets")
public class ExperimentalWebSocketsModule extends WebSocketsComponent {

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        if (warned.compareAndSet(false, true)) {
            vu.log().warn("k6/experimental/websockets is deprecated and will be removed in a future release."
                    + " Please use k6/websockets instead.", Map.of());
        }
        return super.newModuleInstance(vu);
    }
}
