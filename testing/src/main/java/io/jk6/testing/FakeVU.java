package io.jk6.testing;

import io.jk6.api.js.Cancellation;
import io.jk6.api.js.ExecutionState;
import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.ModuleLog;
import io.jk6.api.js.TestAbortedException;
import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.MetricsRegistry;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.SampleContainer;
import io.jk6.engine.js.VuRuntime;
import io.jk6.engine.metrics.MetricsEngine;
import io.jk6.engine.run.WorkCancellation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;

/**
 * A VU as the engine hands one to a module, for the module's unit tests. It starts in the init
 * context (an init environment, no state); {@link #startIterations()} moves it to running (a
 * {@link FakeVUState}, no init environment), as the engine does after evaluating the script. It
 * records the samples pushed, the lines logged, the reasons of {@code abortTest}/{@code failTest}, and runs the
 * tasks handed back through {@link #registerCallback()} when the test calls {@link #runEventLoop()}.
 * {@link #interruptWork()} cancels its {@link #cancellation()} as the engine does when it
 * interrupts an iteration; {@link #nextIteration()} gives the next iteration a new one.
 *
 * <p>In a {@link ModuleScript} it is the VU of the engine's own runtime: callbacks and timers go
 * to that runtime's event loop, and the end of the init context ends {@code open()} there too.
 * Its metrics registry is the engine's, with the engine's rules for names and types.
 */
public final class FakeVU implements VU {

    /** How long {@link #runEventLoop()} waits for work promised to it before it fails the test. */
    private static final long EVENT_LOOP_PATIENCE_SECONDS = 30;

    private final MetricsEngine registry = new MetricsEngine();
    private final List<Sample> samples = new ArrayList<>();
    private final FakeVUState state = new FakeVUState();
    private final Map<String, Object> runShared;
    private final LinkedBlockingQueue<Runnable> handedBack = new LinkedBlockingQueue<>();
    private volatile Context runtime;
    /** The engine's runtime this VU belongs to, set by {@link ModuleScript}; null for a VU on its own. */
    private volatile VuRuntime engineRuntime;
    private volatile Map<String, String> env = Map.of();
    private volatile boolean running;
    private volatile boolean stopping;
    private volatile String abortReason;
    private volatile String failReason;
    private final List<String> logged = new ArrayList<>();
    private volatile WorkCancellation work = newWork();
    private int promised;

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
            return env;
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

    /** The JS context the module's values live in ({@link VU#runtime()}). */
    public FakeVU attach(Context context) {
        this.runtime = context;
        return this;
    }

    /** Makes this the VU of the engine's {@code runtime}: its context, its event loop. */
    void bind(VuRuntime runtime) {
        this.engineRuntime = runtime;
        this.runtime = runtime.context();
        if (running) {
            runtime.endInit();
        }
    }

    /** The init environment's {@code env()}, as the script's {@code __ENV}. */
    void env(Map<String, String> variables) {
        this.env = Map.copyOf(variables);
    }

    /** The init context is over: the VU has a state and runs iterations. */
    public FakeVU startIterations() {
        running = true;
        VuRuntime bound = engineRuntime;
        if (bound != null) {
            bound.endInit();
        }
        return this;
    }

    /** Starts the VU's next iteration (k6/http empties the VU's cookie jar then). */
    public void nextIteration() {
        state.iteration(state.iteration() + 1);
        work.finish();
        work = newWork();
    }

    /**
     * Interrupts the VU's current work as the engine does at the end of a graceful stop or on the
     * test's abort: the {@link #cancellation()} actions run now, on the calling thread (a test's
     * other thread, while the module blocks on the VU's).
     */
    public void interruptWork() {
        work.cancel();
    }

    /** The signal of the current iteration (of the init context before {@link #nextIteration()}). */
    @Override
    public Cancellation cancellation() {
        return work;
    }

    private WorkCancellation newWork() {
        return new WorkCancellation(e -> log().log(System.Logger.Level.WARNING,
                "a module's action on the VU's interruption failed: " + e.getMessage(), Map.of()));
    }

    /** The test is stopping: {@link #isStopping()} says so from now on. */
    public void stop() {
        stopping = true;
    }

    /** The state {@link #state()} gives once iterations started; tests set its options, ids... */
    public FakeVUState runningState() {
        return state;
    }

    /** Every sample pushed so far, in push order. */
    public List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The samples of {@code metricName}, in push order. */
    public List<Sample> samples(String metricName) {
        return samples().stream().filter(s -> s.metric().name().equals(metricName)).toList();
    }

    /** Forgets the samples pushed so far. */
    public void clearSamples() {
        synchronized (samples) {
            samples.clear();
        }
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
        synchronized (samples) {
            samples.addAll(container.samples());
        }
    }

    /** One VU, initialized and active, at the start of the test. */
    @Override
    public ExecutionState executionState() {
        return new ExecutionState() {
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
            public Duration elapsed() {
                return Duration.ZERO;
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

    /** The context {@link #attach attached}, or else the one the calling code runs in. */
    @Override
    public Context runtime() {
        Context attached = runtime;
        return attached != null ? attached : Context.getCurrent();
    }

    /** Records each line as {@code LEVEL message {fields}}, e.g. {@code WARNING Request Failed {error=...}}. */
    @Override
    public ModuleLog log() {
        return (level, message, fields) -> {
            synchronized (logged) {
                logged.add(level + " " + message + (fields.isEmpty() ? "" : " " + fields));
            }
        };
    }

    /** The lines the module wrote to {@link #log()}, in order. */
    public List<String> logged() {
        synchronized (logged) {
            return List.copyOf(logged);
        }
    }

    /** Tasks handed back are run by {@link #runEventLoop()} on the test's thread. */
    @Override
    public Consumer<Runnable> registerCallback() {
        VuRuntime bound = engineRuntime;
        if (bound != null) {
            return bound.eventLoop().registerCallback();
        }
        synchronized (handedBack) {
            promised++;
        }
        return handedBack::add;
    }

    /**
     * Runs the tasks handed back until none is promised, as the engine's event loop does after a
     * call (in a {@link ModuleScript}: that event loop itself, timers too); fails when the loop
     * still waits after 30 s, rather than hanging the build.
     */
    public void runEventLoop() throws InterruptedException {
        VuRuntime bound = engineRuntime;
        if (bound != null) {
            EventLoopDeadline.run(bound.eventLoop(), EVENT_LOOP_PATIENCE_SECONDS);
            return;
        }
        while (true) {
            synchronized (handedBack) {
                if (promised == 0) {
                    return;
                }
            }
            Runnable task = handedBack.poll(EVENT_LOOP_PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (task == null) {
                throw new AssertionError("a promised callback never came back");
            }
            synchronized (handedBack) {
                promised--;
            }
            task.run();
        }
    }
}
