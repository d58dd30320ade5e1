package io.jk6.k6.data;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/data}: {@code SharedArray}, an array built once per test run and read by
 * every VU without a copy of the whole array per VU.
 *
 * <pre>{@code
 * import { SharedArray } from 'k6/data';
 * const users = new SharedArray('users', () => JSON.parse(open('./users.json')));
 * export default function () { const user = users[__VU % users.length]; }
 * }</pre>
 */
@Component(service = JsModule.class)
@ModuleName("k6/data")
public class DataModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("SharedArray", new SharedArrayConstructor(vu));
        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(named)), named);
        return () -> exports;
    }
}
