package io.jk6.k6;

import io.jk6.api.js.VU;
import io.jk6.k6.common.JsValues;
import java.time.Duration;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code sleep(seconds)}: suspends the VU for a (fractional) number of seconds.
 *
 * <p>Each VU runs on its own virtual thread, so {@link Thread#sleep} parks it without holding a
 * carrier thread. The engine interrupts VUs at a hard stop: the sleep then ends early and
 * quietly, as k6's sleep ends when the VU's context is done, and the interrupt flag is kept for
 * the engine to see.
 */
final class SleepFunction implements ProxyExecutable {

    private final VU vu;

    SleepFunction(VU vu) {
        this.vu = vu;
    }

    @Override
    public Object execute(Value... args) {
        double seconds = JsValues.number(JsValues.arg(args, 0));
        // NaN, zero and negative durations do not sleep, as a Go timer of <= 0 fires at once.
        if (!(seconds > 0) || vu.isStopping()) {
            return null;
        }
        try {
            Thread.sleep(toDuration(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Seconds to a duration, with nanosecond precision and clamped for absurdly long sleeps. */
    static Duration toDuration(double seconds) {
        if (seconds >= Long.MAX_VALUE / 1_000_000_000.0) {
            return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
        }
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000.0));
    }
}
