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
     * <li>Compile only code called 5000 times, and keep that threshold when the compile queue is
     * idle (GraalJS lowers it to a tenth by default). On Temurin the Graal compiler is Java code
     * itself and starts cold: the first JS compilation costs it 1.5-3 s of CPU, and with the
     * default thresholds that happened while the test started, taking the cores from the VUs.
     * Code that hot is compiled a few seconds later, after jk6's own Java code is warm; with
     * the other half of the cure (few Java-to-JS calls, VuRuntime) bench/arrival-rate.sh at
     * 1000 iterations/s drops 115-126 in its first seconds where it dropped 300, and http and
     * CPU-bound scripts ran faster in 10 s tests, not slower.</li>
     * </ul>
     */
    static final Map<String, String> COMPILER_OPTIONS = Map.of(
            "engine.Mode", "latency",
            "engine.FirstTierCompilationThreshold", "5000",
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
