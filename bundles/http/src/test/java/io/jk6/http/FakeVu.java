package io.jk6.http;

import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.api.metrics.TagSet;
import io.jk6.api.metrics.ValueType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;

/** A VU as the engine would give one to a module: a JS runtime, a state, a sample sink. */
final class FakeVu implements VU {

    final Context runtime;
    final List<Sample> samples = new ArrayList<>();
    final Registry registry = new Registry();
    private State state;
    /** The script's options, as {@code VUState.options()} gives them. */
    Map<String, Object> options = Map.of();
    private final java.util.concurrent.LinkedBlockingQueue<Runnable> handedBack = new java.util.concurrent.LinkedBlockingQueue<>();
    private int promised;

    FakeVu(Context runtime) {
        this.runtime = runtime;
    }

    /** Enters the "running an iteration" state; before this the VU is in its init context. */
    FakeVu running() {
        state = new State(TagSet.of("scenario", "default", "group", ""));
        return this;
    }

    @Override
    public Optional<VUState> state() {
        return Optional.ofNullable(state);
    }

    @Override
    public Optional<InitEnvironment> initEnv() {
        return Optional.empty();
    }

    @Override
    public MetricsRegistry metrics() {
        return registry;
    }

    @Override
    public void push(SampleContainer container) {
        samples.addAll(container.samples());
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
        return runtime;
    }

    /** A minimal event loop: tasks handed back are run by {@link #runEventLoop()} on the test's thread. */
    @Override
    public java.util.function.Consumer<Runnable> registerCallback() {
        promised++;
        return handedBack::add;
    }

    /** Runs the tasks handed back until none is promised, as the engine's loop does after a call. */
    void runEventLoop() throws InterruptedException {
        while (promised > 0) {
            Runnable task = handedBack.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            if (task == null) {
                throw new AssertionError("a promised callback never came back");
            }
            promised--;
            task.run();
        }
    }

    /** Starts the VU's next iteration. */
    void nextIteration() {
        state.iteration++;
    }

    /** Samples of {@code metric}, in push order. */
    List<Sample> samplesOf(String metric) {
        return samples.stream().filter(s -> s.metric().name().equals(metric)).toList();
    }

    static final class Registry implements MetricsRegistry {
        private final Map<String, Metric> metrics = new ConcurrentHashMap<>();

        @Override
        public Metric newMetric(String name, MetricType type, ValueType valueType) {
            Metric metric = metrics.computeIfAbsent(name, n -> new Metric(n, type, valueType));
            if (metric.type() != type || metric.valueType() != valueType) {
                throw new IllegalArgumentException("metric " + name + " already exists as " + metric);
            }
            return metric;
        }

        @Override
        public Optional<Metric> metric(String name) {
            return Optional.ofNullable(metrics.get(name));
        }

        @Override
        public Collection<Metric> metrics() {
            return metrics.values();
        }
    }

    private final class State implements VUState {
        private TagSet tags;
        private long iteration;

        State(TagSet tags) {
            this.tags = tags;
        }

        @Override
        public long vuId() {
            return 1;
        }

        @Override
        public long vuIdGlobal() {
            return 1;
        }

        @Override
        public long iteration() {
            return iteration;
        }

        @Override
        public Map<String, Object> options() {
            return options;
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
            return tags;
        }

        @Override
        public void setTags(TagSet tags) {
            this.tags = tags;
        }
    }
}
