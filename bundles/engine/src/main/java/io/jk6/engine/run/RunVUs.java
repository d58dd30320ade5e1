package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.js.ScriptException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every VU of one run and where its scenarios get them: those initialized before the test starts
 * (in parallel), the idle ones that scenarios share, and those initialized while it runs (a
 * scenario that finds too few idle ones, an arrival-rate executor that needs one more); all are
 * closed when the run ends. It exists apart from {@link TestRun} so that how VUs are made,
 * numbered and reused changes here, not in the order of the run's phases. Thread-safe: each
 * scenario takes and gives back its VUs on its own thread.
 */
final class RunVUs {

    private final ExecutionState execution;
    private final RunLog log;
    /** Every VU of the run, those initialized while it runs too: all are closed at the end. */
    private final List<VirtualUser> all = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong lastId = new AtomicLong();
    private volatile TestContext test;
    private volatile ExecutionTuple segment;
    private volatile IdleVUs idle = new IdleVUs(List.of());

    RunVUs(ExecutionState execution, RunLog log) {
        this.execution = execution;
        this.log = log;
    }

    /**
     * Initializes the VUs the plan needs before the test starts, in parallel, all idle then.
     *
     * @return how many
     * @throws ScriptException the first VU whose init context failed
     */
    int initialize(TestContext test, ExecutionPlan plan) throws ScriptException, InterruptedException {
        this.test = test;
        this.segment = plan.segment();
        List<VirtualUser> initialized = ParallelVuInit.of(test, plan.preInitVUs(), plan.segment(),
                execution::vuInitialized);
        all.addAll(initialized);
        lastId.set(initialized.size());
        idle = new IdleVUs(initialized);
        return initialized.size();
    }

    /**
     * The VUs of a scenario starting now: its executor's {@code preInitVUs} taken from the idle
     * ones (shared with the scenarios before it, as in k6) or else initialized, each prepared for
     * the scenario's function, env and tags with setup()'s {@code data}.
     */
    List<VirtualUser> take(ScenarioState state, String data) throws InterruptedException {
        List<VirtualUser> share = idle.take(state.scenario().executor().preInitVUs(), () -> oneMore(state));
        share.forEach(vu -> vu.enter(state, data));
        return share;
    }

    /** An idle VU, or else a new one, for an arrival-rate executor that needs one more; null when none could be made. */
    VirtualUser unplanned(ScenarioState state, String data) {
        VirtualUser vu = idle.poll();
        if (vu == null) {
            vu = oneMore(state);
        }
        if (vu != null) {
            vu.enter(state, data);
        }
        return vu;
    }

    /** VUs a scenario that ended no longer uses: the scenarios after it may take them. */
    void giveBack(Collection<PooledVu> vus) {
        idle.giveBack(vus.stream().map(VirtualUser.class::cast).toList()); // this run's pools hold its own VUs
    }

    /**
     * A VU initialized while the test runs (arrival-rate executors, a scenario that found too few
     * idle VUs); null when its init context failed.
     */
    private VirtualUser oneMore(ScenarioState state) {
        long id = lastId.incrementAndGet();
        VirtualUser vu = new VirtualUser(id, segment.globalIndex(id - 1) + 1, test, state.name());
        all.add(vu);
        try {
            vu.init();
        } catch (ScriptException e) {
            log.error("a VU initialized during the test failed: " + e.getMessage());
            return null;
        }
        execution.vuInitialized();
        return vu;
    }

    /** Closes every VU the run made, cancelling the work of those still busy; their last samples are flushed. */
    void closeAll() {
        List<VirtualUser> vus;
        synchronized (all) {
            vus = List.copyOf(all);
        }
        for (VirtualUser vu : vus) {
            vu.close(true);
        }
    }
}
