package io.jk6.engine.js;

import org.graalvm.polyglot.Engine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The one polyglot {@link Engine} of the framework: every VU's Context shares it, so parsed
 * sources and compiled code are shared, and a VU costs a Context (~78 KB) rather than an
 * engine.
 */
@Component(service = SharedJsEngine.class)
public final class SharedJsEngine {

    /** What GraalJS reports when its optimizing compiler is not available. */
    private static final String INTERPRETED = "Interpreted";

    private Engine engine;

    /** For use outside OSGi (tests). */
    public static SharedJsEngine create() {
        SharedJsEngine shared = new SharedJsEngine();
        shared.activate();
        return shared;
    }

    /** System property that chooses the compilation mode instead of the default. */
    static final String MODE_PROPERTY = "polyglot.engine.Mode";

    @Activate
    void activate() {
        boolean chooseMode = System.getProperty(MODE_PROPERTY) == null;
        try {
            engine = build(chooseMode);
        } catch (IllegalArgumentException e) {
            // without the optimizing runtime (interpreted, e.g. on the class path) there is no
            // engine.Mode option to set
            engine = build(false);
        }
    }

    private static Engine build(boolean chooseMode) {
        Engine.Builder builder = Engine.newBuilder("js");
        if (chooseMode) {
            // Load tests are short and mostly wait on I/O: "latency" compiles sooner with less
            // effort. Measured (bench/http-vs-wrk.sh, 50 VUs on nginx): +20% req/s in a 10 s test,
            // +4% in 30 s; a CPU-bound JS loop ran 8% slower after 30 s. Users of heavy scripts
            // can pass -Dpolyglot.engine.Mode=throughput in JAVA_OPTS.
            builder.option("engine.Mode", "latency");
        }
        return builder
                // VUs are virtual threads; Truffle calls that experimental and warns once per
                // engine. We measured and test it (docs/design.md), so the warning is noise.
                .allowExperimentalOptions(true)
                .option("engine.WarnVirtualThreadSupport", "false")
                // jk6 prints its own, louder warning when the JIT is off (see RunCommand).
                .option("engine.WarnInterpreterOnly", "false")
                .build();
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }

    /** Closes an engine made by {@link #create()}. */
    public void close() {
        deactivate();
    }

    public Engine engine() {
        return engine;
    }

    /** True when GraalJS compiles hot code; false means 5-15x slower scripts. */
    public boolean isJit() {
        return !INTERPRETED.equalsIgnoreCase(engine.getImplementationName());
    }

    public String implementationName() {
        return engine.getImplementationName();
    }

    public String version() {
        return engine.getVersion();
    }
}
