package io.jk6.testing;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.VuRuntime;
import io.jk6.engine.run.RunLog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * One VU of the engine's own runtime, for a module's unit tests (k6's {@code modulestest}): the
 * {@code VuRuntime} that {@code jk6 run} gives each VU, with its JS mapping of Java objects, its
 * event loop, its globals ({@code __ENV}, {@code console}, timers, {@code open}, {@code require})
 * and its module resolution, where the modules a test registers are the only ones served. Its
 * VU is a {@link FakeVU} whose state the test sets.
 *
 * <p>A test either binds a module as globals ({@link #importing}: the default export under a
 * name, every named export under its own) and evaluates expressions with {@link #eval}, or
 * registers it under its import name ({@link #module}) and evaluates a script that imports it
 * ({@link #evaluate}). Both see the module exactly as a script under {@code jk6 run} does.
 */
public final class ModuleScript implements AutoCloseable {

    /** Where the runtime believes its script is: relative {@code open()}s and imports start here. */
    private static final Path SCRIPT = Path.of("").toAbsolutePath().resolve("module-test.js");
    private static final String PROVIDER = "jk6-testing";

    private final FakeVU vu;
    private final ModuleRegistry registry = new ModuleRegistry();
    private final VuRuntime runtime;
    private final Map<String, String> env = new LinkedHashMap<>();
    private long nextServiceId = 1;

    public ModuleScript() {
        this(new FakeVU());
    }

    /** A script whose VU is {@code vu}: e.g. two VUs of one run sharing their run's objects. */
    public ModuleScript(FakeVU vu) {
        this.vu = vu;
        // console lines go to stderr in k6's format, as jk6 run prints them
        this.runtime = new VuRuntime(KitEngine.engine(), registry, vu, SCRIPT, Map.of(), new RunLog(System.err, true));
        vu.bind(runtime);
    }

    /**
     * Serves {@code module} under {@code importName}, so that an {@link #evaluate evaluated}
     * script can {@code import m, { named } from 'importName'} (or {@code require()} it).
     */
    public ModuleScript module(String importName, JsModule module) {
        registry.add(new ModuleRegistry.Registration(importName, module, nextServiceId++, PROVIDER));
        return this;
    }

    /**
     * Imports {@code module} as {@code import name, {named...} from '...'} would, as globals: the
     * default export under {@code name}, every named export under its own name. The module is
     * served under {@code name} too; its instance is closed with the script, as the engine closes
     * a VU's instances when it discards the VU.
     */
    public ModuleScript importing(String name, JsModule module) {
        module(name, module);
        Exports exports = runtime.moduleExports(name);
        Value bindings = context().getBindings("js");
        bindings.putMember(name, exports.defaultExport());
        exports.named().forEach(bindings::putMember);
        return this;
    }

    /** Binds a global, such as the base URL of a test server; the value is not mapped. */
    public ModuleScript set(String name, Object value) {
        context().getBindings("js").putMember(name, value);
        return this;
    }

    /** Sets a variable of {@code __ENV} and of the init environment's {@code env()}. */
    public ModuleScript env(String name, String value) {
        env.put(name, value);
        runtime.useScenarioEnv(env);
        vu.env(env);
        return this;
    }

    public FakeVU vu() {
        return vu;
    }

    /** The script's JS context, the VU's. */
    public Context context() {
        return runtime.context();
    }

    /** Evaluates {@code source} as a classic script; the event loop is left to {@link FakeVU#runEventLoop()}. */
    public Value eval(String source) {
        return context().eval("js", source);
    }

    /**
     * Evaluates {@code source} as the test's ES module, importing what {@link #module} and
     * {@link #importing} registered, then runs the event loop until it is empty (top-level
     * {@code await}, timers), as the engine evaluates a script's init context.
     *
     * @return the module's exports
     */
    public Value evaluate(String source) throws InterruptedException {
        Value exports = context().eval(Source.newBuilder("js", source, SCRIPT.getFileName().toString())
                .mimeType("application/javascript+module").buildLiteral());
        vu.runEventLoop();
        return exports;
    }

    /** Evaluates and returns the message of what the code threw, or {@code NO ERROR} when it did not throw. */
    public String errorOf(String source) {
        Value message = eval("(() => { try { " + source + "; } catch (e) { return String(e.message); }"
                + " return 'NO ERROR'; })()");
        return message.asString();
    }

    /** Closes the module instances, then the context, as the engine discards a VU. */
    @Override
    public void close() {
        runtime.close(true);
    }
}
