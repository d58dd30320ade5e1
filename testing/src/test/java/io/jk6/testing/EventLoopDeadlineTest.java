package io.jk6.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.engine.js.EventLoop;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A test waiting on the event loop for a callback that never comes fails, and leaves no interrupt behind. */
class EventLoopDeadlineTest {

    @Test
    void aPromiseNeverKeptFailsTheTestInsteadOfHangingIt() {
        EventLoop loop = new EventLoop();
        loop.registerCallback(); // promised, never handed back
        assertThatThrownBy(() -> EventLoopDeadline.run(loop, 1)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("after 1 s");
        assertThat(Thread.interrupted()).as("the watchdog's interrupt is cleared").isFalse();
    }

    @Test
    void aLoopThatEndsInTimeRunsItsWork() throws InterruptedException {
        EventLoop loop = new EventLoop();
        AtomicBoolean ran = new AtomicBoolean();
        var handBack = loop.registerCallback();
        Thread.ofVirtual().start(() -> handBack.accept(() -> ran.set(true)));
        EventLoopDeadline.run(loop, 30);
        assertThat(ran).isTrue();
        assertThat(Thread.interrupted()).isFalse();
    }
}
