package io.jk6.k6.timers;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/timers}: {@code setTimeout}, {@code clearTimeout}, {@code setInterval}
 * and {@code clearInterval}, the same functions as the globals of the same names (the engine
 * defines those on every VU's event loop), for scripts that import them as k6 documents.
 */
@Component(service = JsModule.class)
@ModuleName("k6/timers")
public class TimersModule implements JsModule {

    static final List<String> FUNCTIONS = List.of("setTimeout", "clearTimeout", "setInterval", "clearInterval");

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Value global = vu.runtime().getBindings("js");
        Map<String, Object> named = new LinkedHashMap<>();
        for (String name : FUNCTIONS) {
            named.put(name, global.getMember(name));
        }
        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(named)), named);
        return () -> exports;
    }
}
