package io.jk6.k6.webcrypto;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/experimental/webcrypto}: its named export {@code crypto} is the global
 * {@code crypto} the engine defines on every VU, as k6 keeps this import for older scripts.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/webcrypto")
public class WebCryptoModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Value crypto = vu.runtime().getBindings("js").getMember("crypto");
        Exports exports = Exports.of(ProxyObject.fromMap(Map.of("crypto", crypto)), Map.of("crypto", crypto));
        return () -> exports;
    }
}
