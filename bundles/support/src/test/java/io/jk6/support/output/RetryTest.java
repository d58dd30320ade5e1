package io.jk6.support.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A backend that fails for a moment costs a retry; one that refuses the write fails at once. */
class RetryTest {

    private final Retry retry = new Retry(3, Duration.ofMillis(1));
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aWriteThatFailsTwiceThenSucceedsIsDone() throws Exception {
        retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConnectException("Connection refused");
            }
        });

        assertThat(calls).hasValue(3);
    }

    @Test
    void theLastFailureIsThrownOnceTheAttemptsAreSpent() {
        assertThatThrownBy(() -> retry.run(() -> {
            throw new IOException("HTTP 503 #" + calls.incrementAndGet());
        })).hasMessage("HTTP 503 #3");
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new Retry.Refused("authorization failed");
        })).isInstanceOf(Retry.Refused.class);

        assertThat(calls).hasValue(1);
    }

    @Test
    void onlyServerTroubleTimeoutsAndTooManyRequestsAreWorthAnotherTry() {
        assertThat(Retry.transientStatus(503)).isTrue();
        assertThat(Retry.transientStatus(429)).isTrue();
        assertThat(Retry.transientStatus(408)).isTrue();
        assertThat(Retry.transientStatus(401)).isFalse();
        assertThat(Retry.transientStatus(400)).isFalse();
    }
}
