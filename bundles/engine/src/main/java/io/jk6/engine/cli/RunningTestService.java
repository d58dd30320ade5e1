package io.jk6.engine.cli;

import io.jk6.api.runtime.RunningTest;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.TestRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The {@link RunningTest} service of one {@code jk6 run}: registered when the run is about to
 * start, unregistered once it has ended (summary printed), so tools such as the shell's
 * {@code jk6:status} see every test in the process. Values are zero until the {@link TestRun}
 * exists.
 */
final class RunningTestService implements RunningTest, AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong();
    /** k6's metric of HTTP requests. */
    private static final String HTTP_REQS = "http_reqs";

    private final long id = IDS.incrementAndGet();
    private final Path script;
    private final ServiceRegistration<RunningTest> registration;
    private volatile TestRun run;
    private volatile RunLog log;
    private volatile boolean stopRequested;

    private RunningTestService(BundleContext context, Path script) {
        this.script = script;
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ID, id);
        properties.put(SCRIPT, script.toString());
        this.registration = context == null ? null : context.registerService(RunningTest.class, this, properties);
    }

    /** @param context the engine's bundle context; null outside OSGi (no service then) */
    static RunningTestService register(BundleContext context, Path script) {
        return new RunningTestService(context, script);
    }

    /** The run now exists: values come from it, and a stop asked for before now takes effect. */
    void attach(TestRun testRun, RunLog runLog) {
        this.log = runLog;
        this.run = testRun;
        if (stopRequested) {
            stop();
        }
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public Path script() {
        return script;
    }

    @Override
    public Duration elapsed() {
        TestRun r = run;
        return r == null || !r.execution().isStarted() ? Duration.ZERO : r.execution().elapsed();
    }

    @Override
    public int vus() {
        TestRun r = run;
        return r == null ? 0 : r.execution().activeVUs();
    }

    @Override
    public long iterations() {
        TestRun r = run;
        return r == null ? 0 : r.execution().completeIterations();
    }

    @Override
    public long requests() {
        TestRun r = run;
        return r == null ? 0 : (long) r.metrics().counterSum(HTTP_REQS);
    }

    @Override
    public void stop() {
        stopRequested = true;
        TestRun r = run;
        if (r != null && !r.execution().isStopping()) {
            log.warn("Stopping test " + id + " on request, waiting for VUs to finish their iteration");
            r.abort();
        }
    }

    @Override
    public boolean isPaused() {
        TestRun r = run;
        return r == null ? false : r.execution().isPaused();
    }

    @Override
    public void pause() {
        started().setPaused(true);
    }

    @Override
    public void resume() {
        started().setPaused(false);
    }

    @Override
    public void setVUs(int vus) {
        started().setVUs(vus);
    }

    private TestRun started() {
        TestRun r = run;
        if (r == null) {
            throw new IllegalStateException("the test is still loading its script; try again in a moment");
        }
        return r;
    }

    @Override
    public void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone: the engine bundle is stopping
            }
        }
    }
}
