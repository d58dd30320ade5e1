package io.jk6.k6.testing;

import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.TestAbortedException;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;

/**
 * A VU that records what is pushed. It starts in the init context (an init environment, no
 * state); {@link #startIterations()} moves it to running (a state, no init environment), as
 * the engine does after evaluating the script.
 */
public final class FakeVU implements VU {

    private final RecordingRegistry registry = new RecordingRegistry();
    private final List<Sample> samples = new ArrayList<>();
    private final FakeVUState state = new FakeVUState();
    private Context runtime;
    private boolean running;
    private volatile boolean stopping;
    private volatile String abortReason;
    private volatile String failReason;

    private final Map<String, Object> runShared;

    public FakeVU() {
        this(new HashMap<>());
    }

    /** @param runShared the test run's shared objects; give two VUs the same map to share them */
    public FakeVU(Map<String, Object> runShared) {
        this.runShared = runShared;
    }

    private final InitEnvironment initEnv = new InitEnvironment() {
        @Override
        public Map<String, String> env() {
            return Map.of();
        }

        @Override
        public Path scriptDirectory() {
            return Path.of(".");
        }

        @Override
        public <T> T shared(String key, Supplier<? extends T> factory) {
            synchronized (runShared) {
                @SuppressWarnings("unchecked")
                T value = (T) runShared.get(key);
                if (value == null) {
                    value = factory.get();
                    runShared.put(key, value);
                }
                return value;
            }
        }
    };

    public void attach(Context context) {
        this.runtime = context;
    }

    public void startIterations() {
        running = true;
    }

    public void stop() {
        stopping = true;
    }

    public FakeVUState runningState() {
        return state;
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<Sample> samples(String metricName) {
        return samples.stream().filter(s -> s.metric().name().equals(metricName)).toList();
    }

    @Override
    public Optional<VUState> state() {
        return running ? Optional.of(state) : Optional.empty();
    }

    @Override
    public Optional<InitEnvironment> initEnv() {
        return running ? Optional.empty() : Optional.of(initEnv);
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
        return stopping;
    }

    /** Records the reason and throws as the engine does; the fake test goes on. */
    @Override
    public void abortTest(String reason) {
        abortReason = reason == null ? "test aborted" : "test aborted: " + reason;
        throw new TestAbortedException(abortReason);
    }

    @Override
    public void failTest(String reason) {
        failReason = reason == null ? "test marked as failed" : "test marked as failed: " + reason;
    }

    /** What {@link #abortTest} was called with, k6-style; null when it was not. */
    public String abortReason() {
        return abortReason;
    }

    /** What {@link #failTest} was called with, k6-style; null when it was not. */
    public String failReason() {
        return failReason;
    }

    @Override
    public Context runtime() {
        return runtime;
    }

    /** No event loop in these tests: the modules under test hand nothing back from other threads. */
    @Override
    public java.util.function.Consumer<Runnable> registerCallback() {
        throw new UnsupportedOperationException("no event loop in this test");
    }
}
