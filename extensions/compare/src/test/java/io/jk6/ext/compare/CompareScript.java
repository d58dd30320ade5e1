package io.jk6.ext.compare;

import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.js.VuRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Runs a script in the engine's own VuRuntime (a real GraalJS Context with the engine's JS
 * mapping) with both compare modules importable, as VU 7 in its iteration 3.
 */
final class CompareScript {

    static final long VU_ID = 7;
    static final long ITERATION = 3;

    private CompareScript() {
    }

    /** Evaluates {@code source} as the script and returns its export {@code result}. */
    static Value run(SharedJsEngine js, Path dir, String source) throws Exception {
        Path file = dir.resolve("script.js");
        Files.writeString(file, source);
        ModuleRegistry registry = new ModuleRegistry();
        registry.add(new ModuleRegistry.Registration("k6/x/compare", new Compare(), 1, "test"));
        JsModule advanced = new AdvancedCompare();
        registry.add(new ModuleRegistry.Registration("k6/x/compare/advanced", advanced, 2, "test"));
        VuRuntime vu = new VuRuntime(js.engine(), registry, new RunningVu(), file, Map.of(), (level, message) -> { });
        return vu.evaluate().getMember("result");
    }

    /** A VU in the middle of a run. */
    private static final class RunningVu implements VU {
        @Override
        public Optional<VUState> state() {
            return Optional.of(new VUState() {
                @Override
                public long vuId() {
                    return VU_ID;
                }

                @Override
                public long vuIdGlobal() {
                    return VU_ID;
                }

                @Override
                public long iteration() {
                    return ITERATION;
                }

                @Override
                public String scenario() {
                    return "default";
                }

                @Override
                public String executor() {
                    return "constant-vus";
                }

                @Override
                public java.time.Instant scenarioStartTime() {
                    return java.time.Instant.EPOCH;
                }

                @Override
                public long scenarioIteration() {
                    return 0;
                }

                @Override
                public TagSet tags() {
                    return TagSet.of("scenario", "default");
                }

                @Override
                public void setTags(TagSet tags) {
                }
            });
        }

        @Override
        public Optional<InitEnvironment> initEnv() {
            return Optional.empty();
        }

        @Override
        public MetricsRegistry metrics() {
            throw new UnsupportedOperationException("compare pushes no metrics");
        }

        @Override
        public void push(SampleContainer samples) {
        }

        @Override
        public io.jk6.api.js.ExecutionState executionState() {
            return new io.jk6.api.js.ExecutionState() {
                @Override
                public int activeVUs() {
                    return 1;
                }

                @Override
                public int initializedVUs() {
                    return 1;
                }

                @Override
                public long completeIterations() {
                    return 0;
                }

                @Override
                public long interruptedIterations() {
                    return 0;
                }

                @Override
                public java.time.Duration elapsed() {
                    return java.time.Duration.ZERO;
                }
            };
        }

        @Override
        public boolean isStopping() {
            return false;
        }

        @Override
        public void abortTest(String reason) {
            throw new io.jk6.api.js.TestAbortedException(reason == null ? "test aborted" : "test aborted: " + reason);
        }

        @Override
        public void failTest(String reason) {
        }

        @Override
        public Context runtime() {
            return Context.getCurrent();
        }

        /** The compare module hands nothing back from other threads. */
        @Override
        public java.util.function.Consumer<Runnable> registerCallback() {
            throw new UnsupportedOperationException("no event loop in this test");
        }
    }
}
