package io.jk6.engine.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The initialized VUs that no scenario holds now: k6's buffer of VUs, which lets scenarios that
 * do not overlap share them. A scenario takes its VUs when it starts and gives them back when it
 * ends; arrival-rate executors take one more here before initializing a new one. Thread-safe.
 */
final class IdleVUs {

    /**
     * How long a starting scenario waits for VUs that the plan counts as free but that a scenario
     * ending at the same moment has not given back yet, before it initializes new ones.
     */
    static final long HAND_OVER_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final LinkedBlockingDeque<VirtualUser> idle;

    IdleVUs(Collection<VirtualUser> initialized) {
        this.idle = new LinkedBlockingDeque<>(initialized);
    }

    /**
     * Takes {@code count} VUs: idle ones, those given back within {@link #HAND_OVER_WAIT_NANOS},
     * then new ones from {@code initialize} (which returns null when a VU failed to initialize:
     * the scenario then gets fewer).
     */
    List<VirtualUser> take(int count, Supplier<VirtualUser> initialize) throws InterruptedException {
        List<VirtualUser> taken = new ArrayList<>(count);
        long deadline = System.nanoTime() + HAND_OVER_WAIT_NANOS;
        while (taken.size() < count) {
            VirtualUser vu = idle.pollFirst(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (vu == null) {
                break;
            }
            taken.add(vu);
        }
        while (taken.size() < count) {
            VirtualUser vu = initialize.get();
            if (vu == null) {
                break;
            }
            taken.add(vu);
        }
        return taken;
    }

    /** An idle VU at once, or null. */
    VirtualUser poll() {
        return idle.pollFirst();
    }

    /** VUs a scenario no longer uses. */
    void giveBack(Collection<VirtualUser> vus) {
        idle.addAll(vus);
    }

    int size() {
        return idle.size();
    }
}
