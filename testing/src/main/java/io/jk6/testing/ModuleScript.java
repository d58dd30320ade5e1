package io.jk6.testing;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A real GraalJS context, with the host access the engine grants to modules' values, in which
 * modules are imported as global bindings: the default export under the given name and every
 * named export under its own name, so tests read like script code ({@code check(...)},
 * {@code new Trend(...)}). Its VU is a {@link FakeVU} attached to the context.
 */
public final class ModuleScript implements AutoCloseable {

    /** What the engine lets scripts see of Java values (its HostAccessPolicy): keep the two alike. */
    public static final HostAccess ENGINE_ACCESS = HostAccess.newBuilder()
            .allowPublicAccess(true)
            .allowAccessInheritance(true)
            .allowAllImplementations(true)
            .allowArrayAccess(true)
            .allowListAccess(true)
            .allowMapAccess(true)
            .allowIterableAccess(true)
            .allowIteratorAccess(true)
            .allowBufferAccess(true)
            .build();

    private final Context context;
    private final FakeVU vu;
    private final List<ModuleInstance> instances = new ArrayList<>();

    public ModuleScript() {
        this(new FakeVU());
    }

    /** A script whose VU is {@code vu}: e.g. two VUs of one run sharing their run's objects. */
    public ModuleScript(FakeVU vu) {
        this.vu = vu;
        context = Context.newBuilder("js")
                .allowHostAccess(ENGINE_ACCESS)
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        vu.attach(context);
    }

    /**
     * Imports {@code module} as {@code import name, {named...} from '...'} would; its instance is
     * closed with the script, as the engine closes a VU's instances when it discards the VU.
     */
    public ModuleScript importing(String name, JsModule module) {
        ModuleInstance instance = module.newModuleInstance(vu);
        instances.add(instance);
        Exports exports = instance.exports();
        Value bindings = context.getBindings("js");
        bindings.putMember(name, exports.defaultExport());
        for (Map.Entry<String, Object> e : exports.named().entrySet()) {
            bindings.putMember(e.getKey(), e.getValue());
        }
        return this;
    }

    /** Binds a global, such as the base URL of a test server. */
    public ModuleScript set(String name, Object value) {
        context.getBindings("js").putMember(name, value);
        return this;
    }

    public FakeVU vu() {
        return vu;
    }

    /** The script's JS context, for a second VU of a test (e.g. one still in its init context). */
    public Context context() {
        return context;
    }

    public Value eval(String source) {
        return context.eval("js", source);
    }

    /** Evaluates and returns the message of what the code threw, or fails when it did not throw. */
    public String errorOf(String source) {
        Value message = eval("(() => { try { " + source + "; } catch (e) { return String(e.message); }"
                + " return 'NO ERROR'; })()");
        return message.asString();
    }

    @Override
    public void close() {
        instances.forEach(ModuleInstance::close);
        context.close(true);
    }
}
