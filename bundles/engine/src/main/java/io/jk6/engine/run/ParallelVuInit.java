package io.jk6.engine.run;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.js.ScriptException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The VUs a test needs before it starts, initialized in parallel as k6 does, one thread per core:
 * each evaluates the script's init context in its own JS realm.
 */
final class ParallelVuInit {

    private ParallelVuInit() {
    }

    /**
     * VUs 1 to {@code count}, in order; their numbers in the whole test are {@code segment}'s.
     *
     * @param initialized called once per VU initialized (the progress shown while they start)
     * @throws ScriptException the first VU whose init context failed; the others are closed
     */
    static List<VirtualUser> of(TestContext test, int count, ExecutionTuple segment, Runnable initialized)
            throws ScriptException, InterruptedException {
        int threads = Math.max(1, Math.min(count, Runtime.getRuntime().availableProcessors()));
        List<VirtualUser> vus = new ArrayList<>(count);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("vu-init-", 0).factory())) {
            List<Future<VirtualUser>> futures = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                long id = i;
                futures.add(pool.submit(() -> {
                    VirtualUser vu = new VirtualUser(id, segment.globalIndex(id - 1) + 1, test,
                            ExecutionPlan.DEFAULT_SCENARIO);
                    vu.init();
                    initialized.run();
                    return vu;
                }));
            }
            ScriptException failure = null;
            for (Future<VirtualUser> f : futures) {
                try {
                    vus.add(f.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof ScriptException se ? se
                                : new ScriptException(String.valueOf(e.getCause()), false, e.getCause());
                    }
                }
            }
            if (failure != null) {
                vus.forEach(vu -> vu.close(true));
                throw failure;
            }
        }
        return vus;
    }
}
