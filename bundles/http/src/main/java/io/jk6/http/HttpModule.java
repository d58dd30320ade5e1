package io.jk6.http;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code k6/http} module. Each VU gets its own {@link K6Http} with its own keep-alive
 * connections, so VUs never share a socket or contend for one.
 */
@Component(service = JsModule.class)
@ModuleName("k6/http")
public class HttpModule implements JsModule {

    /** Sent when a script sets no User-Agent header. */
    static final String USER_AGENT = "jk6/0.1.0 (https://jk6.io)";

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return new HttpModuleInstance(vu);
    }
}
