package io.jk6.k6.encoding;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.k6.common.ArrayBuffers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/encoding}: {@code b64encode} and {@code b64decode}, as named exports and
 * as members of the default export.
 *
 * <pre>{@code
 * import encoding from 'k6/encoding';
 * const header = `Basic ${encoding.b64encode('user:pass')}`;
 * }</pre>
 */
@Component(service = JsModule.class)
@ModuleName("k6/encoding")
public class EncodingModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Map<String, Object> functions = new LinkedHashMap<>();
        functions.put("b64encode", new B64EncodeFunction());
        functions.put("b64decode", new B64DecodeFunction(new ArrayBuffers(vu)));

        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(functions)), functions);
        return () -> exports;
    }
}
