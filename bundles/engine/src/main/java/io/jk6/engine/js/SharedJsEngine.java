package io.jk6.engine.js;

import java.util.Map;
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

    /**
     * The compiler options jk6 chooses, each unless the user gave it as a {@code polyglot.*}
     * system property (JAVA_OPTS). Measured on 2 cores with bench/ (docs/design.md, "JIT warm-up"):
     * <ul>
     * <li>{@code engine.Mode=latency}: load tests are short and mostly wait on I/O; "latency"
     * compiles sooner with less effort (+20% req/s in a 10 s http test, +4% in 30 s; a CPU-bound
     * JS loop ran 8% slower after 30 s).</li>
     * <li>Compile only code called 20,000 times, and keep that threshold when the compile queue is
     * idle (GraalJS lowers it to a tenth by default). On Temurin the Graal compiler is Java code
     * itself and starts cold: the first JS compilations cost it and HotSpot's compilers (which
     * compile the Graal compiler) 3-4 s of CPU, and with the default thresholds that happened
     * while the test started, taking the cores from the VUs. At 5000 calls (bench/arrival-rate.sh:
     * 115-126 drops at 1000 iterations/s where the default dropped 300) a 10 s test of 1000 VUs
     * that only sleep still paid it for four trivial functions; at 20,000 it pays nothing
     * (bench/vs-k6.sh idle1000, same session: 7.4-7.8 CPU-s against 11.1-11.2), while the http,
     * arrival-rate and CPU-bound rows stayed within their noise: hot code reaches 20,000 calls
     * within a second or two.</li>
     * </ul>
     */
    static final Map<String, String> COMPILER_OPTIONS = Map.of(
            "engine.Mode", "latency",
            "engine.FirstTierCompilationThreshold", "20000",
            "engine.DynamicCompilationThresholds", "false");

    @Activate
    void activate() {
        try {
            engine = build(true);
        } catch (IllegalArgumentException e) {
            // without the optimizing runtime (interpreted, e.g. on the class path) there are no
            // compiler options to set
            engine = build(false);
            if (isJit()) { // the runtime is there: an option is wrong (renamed in a GraalVM update?)
                engine.close();
                throw e;
            }
        }
    }

    private static Engine build(boolean compilerOptions) {
        Engine.Builder builder = Engine.newBuilder("js");
        if (compilerOptions) {
            COMPILER_OPTIONS.forEach((option, value) -> {
                if (System.getProperty("polyglot." + option) == null) {
                    builder.option(option, value);
                }
            });
        }
        return builder
                // the thresholds above are experimental options; VUs are virtual threads, which
                // Truffle calls experimental and warns about once per engine. We measured and
                // test it (docs/design.md), so the warning is noise.
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
