package io.jk6.grpc;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/experimental/grpc}: the name k6 gave the module while streams were new (k6 v0.45-0.48), kept so
 * the scripts of that time run; it is k6/net/grpc.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/grpc")
public class ExperimentalGrpcModule extends GrpcComponent {
}
