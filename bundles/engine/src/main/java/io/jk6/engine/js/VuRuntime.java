package io.jk6.engine.js;

import io.jk6.api.js.Exports;
import io.jk6.api.js.VU;
import io.jk6.engine.js.mapping.JsAdapters;
import io.jk6.engine.js.webcrypto.WebCrypto;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.graalvm.polyglot.proxy.ProxyObject;

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
    private final ScriptFiles files;
    private final Map<Path, Value> commonJs = new HashMap<>();
    private final Value globals;
    private final EventLoop loop = new EventLoop();
    private Value helpers;
    private Value iterateFunction;
    private volatile boolean init = true;
    /** The test's {@code __ENV}, before any scenario's {@code env} was laid over it. */
    private Map<String, String> baseEnv = Map.of();
    private Map<String, String> scenarioEnv = Map.of();

    public VuRuntime(Engine engine, ModuleRegistry registry, VU vu, Path script, Map<String, String> env, ScriptLog log) {
        this(engine, registry, vu, script, ScriptFiles.onDisk(engine), env, log);
    }

    /** @param files where the script and what it imports and opens are read: the disk or an archive */
    public VuRuntime(Engine engine, ModuleRegistry registry, VU vu, Path script, ScriptFiles files,
            Map<String, String> env, ScriptLog log) {
        this.script = script.toAbsolutePath().normalize();
        this.scriptDirectory = this.script.getParent();
        this.files = files;
        this.modules = new VuModules(registry, vu, new JsAdapters(this::context, loop));
        this.fileSystem = new ModuleFileSystem(files, modules::exists, modules::source);
        this.context = Context.newBuilder("js")
                .engine(engine)
                .allowHostAccess(HostAccessPolicy.MODULES)
                .allowIO(IOAccess.newBuilder().fileSystem(fileSystem).build())
                .option("js.esm-eval-returns-exports", "true")
                // a rejected Promise nobody handles is an error of the iteration, as in k6
                .option("js.unhandled-rejections", "throw")
                .build();
        this.globals = context.getBindings("js");
        installGlobals(env, log);
    }

    private void installGlobals(Map<String, String> env, ScriptLog log) {
        Map<String, Object> host = new HashMap<>();
        host.put("lookup", (ProxyExecutable) args -> modules.lookup(args[0].asString()));
        host.put("log", (ProxyExecutable) args -> {
            log.log(args[0].asString(), args[1].asString());
            return null;
        });
        host.put("open", (ProxyExecutable) args -> open(args[0].asString(), args[1].asString()));
        host.put("require", (ProxyExecutable) args -> require(args[0].asString()));
        host.put("timer", (ProxyExecutable) this::addTimer);
        host.put("clear", (ProxyExecutable) args -> {
            loop.clearTimer(args[0].fitsInInt() ? args[0].asInt() : 0);
            return null;
        });
        host.put("env", EnvJson.of(env));
        baseEnv = new HashMap<>(env);
        host.put("webGlobals", (ProxyExecutable) args -> {
            WebGlobals.install(context);
            return null;
        });
        host.put("webCrypto", (ProxyExecutable) args -> {
            WebCrypto.install(context, loop);
            return null;
        });
        context.eval(Prelude.SOURCE).execute(ProxyObject.fromMap(host));
    }

    /**
     * Evaluates the script: its init context. Returns the module namespace (its exports).
     *
     * @throws ScriptException on a syntax error, an exception in the init context or an unknown import
     */
    public Value evaluate() throws ScriptException {
        Source source;
        try {
            // the path stays the script's, so relative imports and error locations work as on disk
            source = Source.newBuilder("js", script.toFile()).content(files.code(script))
                    .mimeType("application/javascript+module").build();
        } catch (TypeScript.TypeScriptSyntaxError e) {
            throw new ScriptException(e.describe(scriptDirectory), true, e);
        } catch (IOException e) {
            throw new ScriptException("cannot read the script " + script + ": " + e.getMessage(), false, e);
        }
        try {
            Value exports = context.eval(source);
            // top-level await and timers set in the init context finish before the VU is used
            loop.run();
            return exports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException("the init context was interrupted", false, e);
        } catch (PolyglotException e) {
            if (fileSystem.typeScriptSyntaxError() != null) {
                throw new ScriptException(fileSystem.typeScriptSyntaxError().describe(scriptDirectory), true, e);
            }
            if (!fileSystem.remoteModules().isEmpty()) {
                throw new ScriptException(JslibModules.remoteError(fileSystem.remoteModules().iterator().next())
                        + " (imported from " + scriptDirectory.relativize(script) + ")", false, e);
            }
            if (!fileSystem.missingModules().isEmpty()) {
                String missing = fileSystem.missingModules().iterator().next();
                throw new ScriptException(modules.unknown(missing).getMessage()
                        + " (imported from " + scriptDirectory.relativize(script) + ")", false, e);
            }
            throw ScriptException.from(e, scriptDirectory);
        }
    }

    /**
     * Calls {@code fn(args)} as k6 calls the default function, setup and teardown: then runs the
     * VU's event loop until nothing is left, and when the function returned a Promise (an async
     * function), returns what it resolved to or throws what it rejected with.
     *
     * @return the function's result, or its Promise's value; null if the Promise never settled
     * @throws PolyglotException what the function, a timer or a callback threw, or the rejection
     * @throws InterruptedException when the VU was stopped while waiting for a timer or callback
     */
    public Value call(Value fn, Object... args) throws InterruptedException {
        Value result = fn.execute(args);
        if (!helpers().getMember("isPromise").execute(result).asBoolean()) {
            loop.run();
            return result;
        }
        return settle(result);
    }

    /**
     * Runs one iteration as {@link #call} runs a function, with {@code __ITER} set first: one
     * Java-to-JS call where setting the global, calling and asking "a Promise?" took three
     * (each a call target for the JIT to compile while the test starts).
     *
     * @param data setup()'s data, or null to call {@code fn()} without an argument
     */
    public void iterate(Value fn, long iteration, Value data) throws InterruptedException {
        if (iterateFunction == null) {
            iterateFunction = helpers().getMember("iterate");
        }
        Value async = data == null ? iterateFunction.execute(fn, iteration) : iterateFunction.execute(fn, iteration, data);
        if (!async.asBoolean()) {
            loop.run();
            return;
        }
        settle(helpers().getMember("takePending").execute());
    }

    /** Runs the event loop until the Promise settles; returns its value or throws its rejection. */
    private Value settle(Value promise) throws InterruptedException {
        Value[] outcome = new Value[2];
        promise.invokeMember("then", (ProxyExecutable) a -> outcome[0] = a[0], (ProxyExecutable) a -> {
            outcome[1] = a[0];
            return null;
        });
        loop.run();
        if (outcome[1] != null) {
            helpers().getMember("rethrow").execute(outcome[1]);
        }
        return outcome[0];
    }

    /** Drops the timers and callbacks still pending: the VU was stopped. */
    public void resetEventLoop() {
        loop.reset();
    }

    /** The VU's event loop: where work that finishes on other threads hands its result back. */
    public EventLoop eventLoop() {
        return loop;
    }

    /** {@code __jk6_timer(fn, delay, repeat, ...args)} of the prelude's setTimeout and setInterval. */
    private Object addTimer(Value... args) {
        Value fn = args[0];
        double delay = args[1].isNumber() ? args[1].asDouble() : 0;
        boolean repeat = args[2].asBoolean();
        Object[] callArgs = new Object[args.length - 3];
        System.arraycopy(args, 3, callArgs, 0, callArgs.length);
        return loop.addTimer(delay, repeat, () -> fn.execute(callArgs));
    }

    private Value helpers() {
        if (helpers == null) {
            helpers = context.eval(Source.newBuilder("js", """
                    (() => {
                      let pending;
                      return {
                        isPromise: (v) => v instanceof Promise,
                        rethrow: (e) => { throw e; },
                        iterate: function (fn, iteration, data) {
                          globalThis.__ITER = iteration;
                          const result = arguments.length > 2 ? fn(data) : fn();
                          if (!(result instanceof Promise)) return false;
                          pending = result;
                          return true;
                        },
                        takePending: () => { const p = pending; pending = undefined; return p; },
                      };
                    })()""", "jk6-iteration.js").buildLiteral());
        }
        return helpers;
    }

    /** Ends the init stage: {@code open()} is refused from now on, as in k6. */
    public void endInit() {
        init = false;
    }

    public boolean isInit() {
        return init;
    }

    /** Sets a global such as {@code __VU}. */
    public void setGlobal(String name, Object value) {
        globals.putMember(name, value);
    }

    /**
     * Lays a scenario's {@code env} over the test's {@code __ENV}, as k6 gives its VUs; the
     * previous scenario's entries go (a VU runs scenarios one after the other).
     */
    public void useScenarioEnv(Map<String, String> env) {
        if (env.isEmpty() && scenarioEnv.isEmpty()) {
            return;
        }
        Value envObject = globals.getMember("__ENV");
        for (String name : scenarioEnv.keySet()) {
            if (baseEnv.containsKey(name)) {
                envObject.putMember(name, baseEnv.get(name));
            } else {
                envObject.removeMember(name);
            }
        }
        env.forEach(envObject::putMember);
        scenarioEnv = new HashMap<>(env);
    }

    public Context context() {
        return context;
    }

    /**
     * A module's exports as a script importing {@code name} gets them: this VU's instance of the
     * module (created on first use, closed with the runtime) and its Java objects adapted to the
     * JS mapping. For code that binds modules without an {@code import}, such as jk6-testing.
     *
     * @throws UnknownModuleException when the registry serves no such module
     */
    public Exports moduleExports(String name) {
        return modules.exports(name);
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
            byte[] bytes = files.read(file);
            return mode.equals("b") ? bytes : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("open(\"" + path + "\"): cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bytes of a file relative to the script's directory, read as {@code open()} reads it (once
     * per run, recorded for jk6 archive), for modules that open files: k6/experimental/fs.
     */
    public byte[] readFile(String path) throws IOException {
        return files.read(scriptDirectory.resolve(path).normalize());
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
            String code = files.code(file);
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
