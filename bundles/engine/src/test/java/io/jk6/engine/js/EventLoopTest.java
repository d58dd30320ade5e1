package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    private final EventLoop loop = new EventLoop();
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void timersRunByDueTimeAndInTheOrderSetWhenDueTogether() throws Exception {
        loop.addTimer(30, false, () -> ran.add("30ms"));
        loop.addTimer(0, false, () -> ran.add("0ms a"));
        loop.addTimer(0, false, () -> ran.add("0ms b"));
        loop.addTimer(-5, false, () -> ran.add("negative is 0"));
        loop.run();
        assertThat(ran).containsExactly("0ms a", "0ms b", "negative is 0", "30ms");
    }

    @Test
    void aClearedTimerDoesNotRunAndAnIntervalRepeatsUntilCleared() throws Exception {
        int cleared = loop.addTimer(5, false, () -> ran.add("cleared"));
        loop.clearTimer(cleared);
        int[] interval = new int[1];
        interval[0] = loop.addTimer(2, true, () -> {
            ran.add("tick");
            if (ran.size() == 3) {
                loop.clearTimer(interval[0]);
            }
        });
        loop.run();
        assertThat(ran).containsExactly("tick", "tick", "tick");
    }

    @Test
    void waitsForACallbackHandedBackFromAnotherThreadAndRunsItOnItsOwnThread() throws Exception {
        Consumer<Runnable> enqueue = loop.registerCallback();
        Thread loopThread = Thread.currentThread();
        try (var other = Executors.newSingleThreadScheduledExecutor()) {
            other.schedule(() -> enqueue.accept(() -> ran.add(Thread.currentThread() == loopThread ? "on loop" : "elsewhere")),
                    50, TimeUnit.MILLISECONDS);
            loop.run();
        }
        assertThat(ran).containsExactly("on loop");
    }

    @Test
    void aCallbackMayBeEnqueuedOnlyOnce() {
        Consumer<Runnable> enqueue = loop.registerCallback();
        enqueue.accept(() -> { });
        assertThatThrownBy(() -> enqueue.accept(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTaskThatThrowsEndsTheRoundAndDropsWhatWasPending() throws Exception {
        Consumer<Runnable> late = loop.registerCallback();
        loop.addTimer(0, false, () -> {
            throw new IllegalStateException("boom");
        });
        loop.addTimer(1, false, () -> ran.add("dropped timer"));
        assertThatThrownBy(loop::run).hasMessage("boom");
        late.accept(() -> ran.add("dropped callback"));
        loop.addTimer(0, false, () -> ran.add("next round"));
        loop.run();
        assertThat(ran).containsExactly("next round");
    }

    @Test
    void anInterruptedWaitEndsTheRound() throws Exception {
        loop.registerCallback(); // never enqueued
        Thread.currentThread().interrupt();
        assertThatThrownBy(loop::run).isInstanceOf(InterruptedException.class);
        loop.run(); // nothing promised any more: returns at once
    }
}
