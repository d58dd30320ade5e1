package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** k6's {@code rps}: the slots the limiter gives, on a clock the test moves. */
class RequestRateTest {

    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final List<Long> slept = new ArrayList<>();
    private final RequestRate rate = new RequestRate(now::get, slept::add);

    @Test
    void requestsAtOnceWaitOneIntervalEachAfterTheFirst() {
        rate.configure(10);

        rate.await();
        rate.await();
        rate.await();

        assertThat(slept).containsExactly(100_000_000L, 200_000_000L);
    }

    @Test
    void aRequestAfterAPauseGoesAtOnceAndNoCreditIsSaved() {
        rate.configure(4);
        rate.await();
        now.addAndGet(2_000_000_000L); // 2 s idle: a token bucket of one token keeps one, not eight

        rate.await();
        rate.await();

        assertThat(slept).containsExactly(250_000_000L);
    }

    @Test
    void withoutALimitNobodyWaits() {
        rate.await();
        rate.configure(0);
        rate.await();

        assertThat(rate.limits()).isFalse();
        assertThat(slept).isEmpty();
    }
}
