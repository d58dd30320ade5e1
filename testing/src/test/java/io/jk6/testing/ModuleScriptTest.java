package io.jk6.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.ValueType;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The VU a ModuleScript gives a module is the engine's: its globals, event loop, init stage and metrics. */
class ModuleScriptTest {

    /** A module with per-VU state: what it saw of its VU, a later result, a callback handed back. */
    static final class Later implements JsModule {
        final AtomicInteger closed = new AtomicInteger();

        @Override
        public ModuleInstance newModuleInstance(VU vu) {
            Instance instance = new Instance(vu);
            return new ModuleInstance() {
                @Override
                public Exports exports() {
                    return Exports.of(instance, Map.of("answer", 42));
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }

        public static final class Instance {
            private final VU vu;

            Instance(VU vu) {
                this.vu = vu;
            }

            public String envOf(String name) {
                return vu.initEnv().map(e -> e.env().get(name)).orElse("not in the init context");
            }

            public CompletionStage<String> later(String value) {
                return CompletableFuture.supplyAsync(() -> value);
            }

            public void handBack(org.graalvm.polyglot.Value callback) {
                var enqueue = vu.registerCallback();
                Thread.ofVirtual().start(() -> enqueue.accept(() -> callback.execute("handed back")));
            }

            public void count() {
                vu.metrics().newMetric("later_calls", MetricType.COUNTER, ValueType.DEFAULT);
            }
        }
    }

    @Test
    void namedExportsAreGlobalsAndTheInstanceIsClosedWithTheScript() {
        Later later = new Later();
        try (ModuleScript script = new ModuleScript().importing("later", later)) {
            assertThat(script.eval("[answer, typeof later.later].join()").asString()).isEqualTo("42,function");
        }
        assertThat(later.closed).hasValue(1);
    }

    @Test
    void envIsTheScriptsAndTheInitEnvironments() {
        try (ModuleScript script = new ModuleScript().importing("later", new Later()).env("TARGET", "staging")) {
            assertThat(script.eval("__ENV.TARGET + ' ' + later.envOf('TARGET')").asString()).isEqualTo("staging staging");
        }
    }

    @Test
    void promisesAndCallbacksSettleOnTheEnginesEventLoop() throws InterruptedException {
        try (ModuleScript script = new ModuleScript().importing("later", new Later())) {
            script.eval("""
                    globalThis.seen = [];
                    later.later('resolved').then((v) => seen.push(v));
                    later.handBack((v) => seen.push(v));
                    setTimeout(() => seen.push('timer'), 1);
                    """);
            assertThat(script.eval("seen.length").asInt()).as("nothing ran before the loop").isZero();
            script.vu().runEventLoop();
            assertThat(script.eval("seen.sort().join()").asString()).isEqualTo("handed back,resolved,timer");
        }
    }

    @Test
    void aScriptImportsRegisteredModulesAndTopLevelAwaitFinishes() throws InterruptedException {
        try (ModuleScript script = new ModuleScript().module("k6/x/later", new Later())) {
            assertThat(script.evaluate("""
                    import later, { answer } from 'k6/x/later';
                    export const result = answer + ' ' + await later.later('awaited');
                    """).getMember("result").asString()).isEqualTo("42 awaited");
        }
    }

    @Test
    void openIsRefusedOnceIterationsStart() {
        try (ModuleScript script = new ModuleScript()) {
            script.vu().startIterations();
            assertThat(script.errorOf("open('anything.txt')")).contains("only available in the init stage");
        }
    }

    @Test
    void metricsFollowTheEnginesRules() {
        try (ModuleScript script = new ModuleScript().importing("later", new Later())) {
            script.eval("later.count()");
            assertThat(script.vu().metrics().metric("later_calls")).isPresent();
            assertThatThrownBy(() -> script.vu().metrics().newMetric("later_calls", MetricType.TREND, ValueType.TIME))
                    .hasMessageContaining("cannot be redefined as a trend of time");
        }
    }
}
