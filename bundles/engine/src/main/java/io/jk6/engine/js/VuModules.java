package io.jk6.engine.js;

import io.jk6.api.js.Exports;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.engine.js.mapping.JsAdapters;
import io.jk6.support.JsonString;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The module instances of one VU: created on first import (k6's {@code NewModuleInstance}),
 * reused by later imports and {@code require()}, closed with the VU.
 */
final class VuModules {

    /** The global the generated module sources call to fetch a module's exports. */
    static final String LOOKUP_FUNCTION = "__jk6_module";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> RESERVED = Set.of("default", "delete", "new", "class", "function", "var",
            "let", "const", "return", "if", "else", "for", "while", "do", "switch", "case", "break", "continue",
            "this", "typeof", "instanceof", "in", "of", "void", "with", "yield", "await", "import", "export",
            "super", "throw", "try", "catch", "finally", "enum", "null", "true", "false", "debugger", "static");
    /** java.lang.Object's methods are visible on every host object; they are not a module's exports. */
    private static final Set<String> OBJECT_METHODS = Arrays.stream(Object.class.getMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private final ModuleRegistry registry;
    private final VU vu;
    private final JsAdapters adapters;
    private final Map<String, ModuleInstance> instances = new LinkedHashMap<>();
    /** Exports as scripts see them (Java objects adapted), once per module instance. */
    private final Map<String, Exports> adapted = new LinkedHashMap<>();

    VuModules(ModuleRegistry registry, VU vu, JsAdapters adapters) {
        this.registry = registry;
        this.vu = vu;
        this.adapters = adapters;
    }

    /** The error for importing {@code name}, which nothing serves: with why, if its component is not active. */
    UnknownModuleException unknown(String name) {
        return registry.unknown(name);
    }

    boolean exists(String name) {
        return JslibModules.isBundled(name) || instances.containsKey(name) || registry.find(name).isPresent();
    }

    /** The module's exports, plain Java objects among them adapted to the JS mapping rules. */
    Exports exports(String name) {
        Exports exports = adapted.get(name);
        if (exports == null) {
            Exports raw = instance(name).exports();
            Map<String, Object> named = new LinkedHashMap<>();
            raw.named().forEach((export, value) -> named.put(export, adapters.export(value, name + "." + export)));
            exports = Exports.of(adapters.export(raw.defaultExport(), name), named);
            adapted.put(name, exports);
        }
        return exports;
    }

    private ModuleInstance instance(String name) {
        ModuleInstance instance = instances.get(name);
        if (instance == null) {
            ModuleRegistry.Registration registration = registry.find(name)
                    .orElseThrow(() -> registry.unknown(name));
            instance = registration.module().newModuleInstance(vu);
            instances.put(name, instance);
        }
        return instance;
    }

    /** The object the generated source reads: {@code {default, named}}. */
    ProxyObject lookup(String name) {
        if (JslibModules.isBundled(name)) {
            return JslibModules.lookup(name);
        }
        Exports exports = exports(name);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("default", exports.defaultExport());
        view.put("named", exports.named().isEmpty() ? exports.defaultExport() : ProxyObject.fromMap(exports.named()));
        return ProxyObject.fromMap(view);
    }

    /** What {@code require(name)} returns: the default export, or the named ones when there are. */
    Object required(String name) {
        Exports exports = exports(name);
        if (exports.named().isEmpty()) {
            return exports.defaultExport();
        }
        Map<String, Object> merged = new LinkedHashMap<>(exports.named());
        merged.put("default", exports.defaultExport());
        return ProxyObject.fromMap(merged);
    }

    /** An ES module re-exporting the module's default and named exports. */
    String source(String name) {
        if (JslibModules.isBundled(name)) {
            return JslibModules.source(name);
        }
        Exports exports = exports(name);
        Set<String> names = exports.named().isEmpty() ? memberNames(exports.defaultExport()) : exports.named().keySet();
        StringBuilder js = new StringBuilder();
        js.append("const m = globalThis.").append(LOOKUP_FUNCTION).append("(").append(JsonString.quote(name)).append(");\n");
        js.append("export default m.default;\n");
        for (String export : names) {
            if (IDENTIFIER.matcher(export).matches() && !RESERVED.contains(export)) {
                js.append("export const ").append(export).append(" = m.named.").append(export).append(";\n");
            }
        }
        return js.toString();
    }

    private static Set<String> memberNames(Object defaultExport) {
        if (defaultExport == null) {
            return Set.of();
        }
        Value value = Context.getCurrent().asValue(defaultExport);
        Set<String> names = new LinkedHashSet<>(value.getMemberKeys());
        if (value.isHostObject()) {
            names.removeAll(OBJECT_METHODS);
        }
        return names;
    }

    /** Releases every instance; called once when the VU is discarded. */
    void close() {
        for (ModuleInstance instance : instances.values()) {
            try {
                instance.close();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(VuModules.class).warn("closing a module instance failed", e);
            }
        }
        instances.clear();
        adapted.clear();
    }
}
