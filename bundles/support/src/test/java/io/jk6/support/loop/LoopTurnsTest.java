package io.jk6.support.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Work from other threads reaching a VU's loop: one promised turn held until the owner is finished. */
class LoopTurnsTest {

    /** A stand-in for the VU's event loop: promised turns, and the callbacks queued on them. */
    private final Deque<Runnable> loop = new ArrayDeque<>();
    private int promised;
    private boolean finished;

    private Consumer<Runnable> register() {
        promised++;
        return callback -> {
            promised--;
            loop.add(callback);
        };
    }

    private void runLoop() {
        while (!loop.isEmpty()) {
            loop.poll().run();
        }
    }

    @Test
    void tasksRunOnTheLoopInOrderAndATurnStaysPromisedWhileOpen() {
        LoopTurns turns = new LoopTurns(this::register, () -> finished);
        List<String> ran = new ArrayList<>();

        turns.later(() -> ran.add("a"));
        turns.later(() -> ran.add("b"));
        assertThat(ran).as("nothing runs off the loop").isEmpty();
        runLoop();

        assertThat(ran).containsExactly("a", "b");
        assertThat(promised).as("the loop is kept alive for what comes next").isEqualTo(1);
    }

    @Test
    void onceFinishedTheLastTurnIsGivenBackAndLaterWorkIsDropped() {
        LoopTurns turns = new LoopTurns(this::register, () -> finished);
        List<String> ran = new ArrayList<>();

        turns.later(() -> {
            ran.add("close");
            finished = true;
        });
        runLoop();
        turns.later(() -> ran.add("after"));
        runLoop();

        assertThat(ran).containsExactly("close");
        assertThat(promised).as("the loop may end").isZero();
    }
}
