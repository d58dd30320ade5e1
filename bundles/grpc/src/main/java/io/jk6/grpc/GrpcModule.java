package io.jk6.grpc;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code k6/net/grpc} module: {@code Client} (load, connect, invoke, asyncInvoke, healthCheck, close),
 * {@code Stream} on the VU's event loop, and the status constants.
 */
@Component(service = JsModule.class)
@ModuleName("k6/net/grpc")
public class GrpcModule extends GrpcComponent {
}
