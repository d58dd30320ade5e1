package io.jk6.engine.js;

import io.jk6.api.js.VU;
import io.jk6.engine.js.mapping.JsAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One VU's JavaScript world: a Context on the shared engine, the k6 globals, the script
 * evaluated as an ES module. Used by one thread at a time (the VU's).
 */
public final class VuRuntime implements AutoCloseable {

    private static final String OPEN_INIT_ONLY = "The \"open()\" function is only available in the init stage"
            + " (i.e. the global scope), see https://grafana.com/docs/k6/latest/using-k6/test-lifecycle";

    private final Context context;
    private final VuModules modules;
    private final ModuleFileSystem fileSystem;
    private final Path script;
    private final Path scriptDirectory;
    private final Map<Path, Value> commonJs = new HashMap<>();
    private final Value globals;
    private volatile boolean init = true;

    public VuRuntime(Engine engine, ModuleRegistry registry, VU vu, Path script, Map<String, String> env, ScriptLog log) {
        this.script = script.toAbsolutePath().normalize();
        this.scriptDirectory = this.script.getParent();
        this.modules = new VuModules(registry, vu, new JsAdapters(this::context));
        this.fileSystem = new ModuleFileSystem(modules::exists, modules::source);
        this.context = Context.newBuilder("js")
                .engine(engine)
                .allowHostAccess(HostAccessPolicy.MODULES)
                .allowIO(IOAccess.newBuilder().fileSystem(fileSystem).build())
                .option("js.esm-eval-returns-exports", "true")
                .build();
        this.globals = context.getBindings("js");
        installGlobals(env, log);
    }

    private void installGlobals(Map<String, String> env, ScriptLog log) {
        Value global = context.getBindings("js");
        global.putMember(VuModules.LOOKUP_FUNCTION, (ProxyExecutable) args -> modules.lookup(args[0].asString()));
        global.putMember("__jk6_log", (ProxyExecutable) args -> {
            log.log(args[0].asString(), args[1].asString());
            return null;
        });
        global.putMember("__jk6_open", (ProxyExecutable) args -> open(args[0].asString(), args[1].asString()));
        global.putMember("__jk6_require", (ProxyExecutable) args -> require(args[0].asString()));
        Value envObject = context.eval("js", "({})");
        env.forEach(envObject::putMember);
        global.putMember("__ENV", envObject);
        global.putMember("__VU", 0);
        global.putMember("__ITER", 0);
        context.eval(Source.create("js", Prelude.SOURCE));
    }

    /**
     * Evaluates the script: its init context. Returns the module namespace (its exports).
     *
     * @throws ScriptException on a syntax error, an exception in the init context or an unknown import
     */
    public Value evaluate() throws ScriptException {
        Source source;
        try {
            source = Source.newBuilder("js", script.toFile()).mimeType("application/javascript+module").build();
        } catch (IOException e) {
            throw new ScriptException("cannot read the script " + script + ": " + e.getMessage(), false, e);
        }
        try {
            return context.eval(source);
        } catch (PolyglotException e) {
            if (!fileSystem.remoteModules().isEmpty()) {
                throw new ScriptException(JslibModules.remoteError(fileSystem.remoteModules().iterator().next())
                        + " (imported from " + scriptDirectory.relativize(script) + ")", false, e);
            }
            if (!fileSystem.missingModules().isEmpty()) {
                String missing = fileSystem.missingModules().iterator().next();
                throw new ScriptException(new UnknownModuleException(missing, modules.availableNames()).getMessage()
                        + " (imported from " + scriptDirectory.relativize(script) + ")", false, e);
            }
            throw ScriptException.from(e, scriptDirectory);
        }
    }

    /** Ends the init stage: {@code open()} is refused from now on, as in k6. */
    public void endInit() {
        init = false;
    }

    public boolean isInit() {
        return init;
    }

    /** Sets a global such as {@code __ITER}: once per iteration, so the bindings object is kept. */
    public void setGlobal(String name, Object value) {
        globals.putMember(name, value);
    }

    public Context context() {
        return context;
    }

    public Path scriptDirectory() {
        return scriptDirectory;
    }

    private Object open(String path, String mode) {
        if (!init) {
            throw new IllegalStateException(OPEN_INIT_ONLY);
        }
        Path file = scriptDirectory.resolve(path).normalize();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return mode.equals("b") ? bytes : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("open(\"" + path + "\"): cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** CommonJS {@code require()}: module services by name, local files relative to the script. */
    private Object require(String name) {
        if (ModuleFileSystem.isBareSpecifier(name)) {
            return modules.required(name);
        }
        Path file = scriptDirectory.resolve(name).normalize();
        Value cached = commonJs.get(file);
        if (cached != null) {
            return cached;
        }
        try {
            String code = Files.readString(file);
            Source wrapped = Source.newBuilder("js", "(function (module, exports) {" + code + "\n})", file.toString())
                    .build();
            Value module = context.eval("js", "({exports: {}})");
            context.eval(wrapped).execute(module, module.getMember("exports"));
            Value exports = module.getMember("exports");
            commonJs.put(file, exports);
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException("require(\"" + name + "\"): cannot read " + file, e);
        }
    }

    /** Closes the module instances and the Context; {@code cancel} interrupts running JS. */
    public void close(boolean cancel) {
        modules.close();
        try {
            context.close(cancel);
        } catch (PolyglotException | IllegalStateException e) {
            // closing a context another thread still runs: it is cancelled, nothing else to do
        }
    }

    @Override
    public void close() {
        close(false);
    }
}
