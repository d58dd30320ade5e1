package io.jk6.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.api.js.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The rules of one signal: actions run once on cancel, at once when late, never once finished. */
class WorkCancellationTest {

    private final List<String> failures = new ArrayList<>();
    private final WorkCancellation signal = new WorkCancellation(e -> failures.add(e.getMessage()));
    private final List<String> ran = new ArrayList<>();

    @Test
    void cancelRunsEachRegisteredActionOnceAndSkipsWithdrawnOnes() {
        signal.onCancel(() -> ran.add("a"));
        Cancellation.Registration b = signal.onCancel(() -> ran.add("b"));
        signal.onCancel(() -> ran.add("c"));
        b.close();

        signal.cancel();
        signal.cancel();

        assertThat(ran).containsExactly("a", "c");
        assertThat(signal.isCancelled()).isTrue();
        assertThatThrownBy(signal::throwIfCancelled).isInstanceOf(CancellationException.class);
    }

    @Test
    void anActionRegisteredAfterTheCancelRunsAtOnce() {
        signal.cancel();

        signal.onCancel(() -> ran.add("late")).close();

        assertThat(ran).containsExactly("late");
    }

    @Test
    void finishedWorkNeverFires() {
        signal.onCancel(() -> ran.add("early"));
        signal.finish();

        signal.cancel();
        signal.onCancel(() -> ran.add("late"));

        assertThat(ran).isEmpty();
        assertThat(signal.isCancelled()).isFalse();
    }

    @Test
    void aFailingActionIsReportedAndTheOthersStillRun() {
        signal.onCancel(() -> {
            throw new IllegalStateException("driver gone");
        });
        signal.onCancel(() -> ran.add("next"));

        signal.cancel();

        assertThat(ran).containsExactly("next");
        assertThat(failures).containsExactly("driver gone");
    }

    @Test
    void aNullActionIsRefused() {
        assertThatThrownBy(() -> signal.onCancel(null)).isInstanceOf(NullPointerException.class).hasMessage("action");
    }
}
