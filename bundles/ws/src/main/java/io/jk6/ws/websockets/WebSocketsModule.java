package io.jk6.ws.websockets;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code k6/websockets} module: the browser's {@code WebSocket} on the VU's event loop (non-blocking;
 * the iteration ends once every socket closed and nothing else is pending) and {@code Blob}.
 */
@Component(service = JsModule.class)
@ModuleName("k6/websockets")
public class WebSocketsModule extends WebSocketsComponent {
}
