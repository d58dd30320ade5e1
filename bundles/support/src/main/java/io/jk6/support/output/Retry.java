package io.jk6.support.output;

import java.io.IOException;
import java.time.Duration;

/**
 * A write to an output's backend, tried again when it fails for a reason that may pass (a refused
 * or reset connection, a timeout, a 5xx or 429 answer), after pauses that double each time: a
 * backend restarting or briefly overloaded costs a delay, not the samples. A refusal that trying
 * again cannot fix ({@link Refused}: bad credentials, a bad request) fails at once.
 */
public final class Retry {

    /** One attempt of the write. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws IOException, InterruptedException;
    }

    /** The backend's answer says the write is wrong, not late: trying again would not help. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** jk6's outputs' rule: a write is tried three times in all... */
    public static final int OUTPUT_ATTEMPTS = 3;
    /** ...pausing 250 ms after the first failure and 500 ms after the second. */
    public static final Duration OUTPUT_FIRST_PAUSE = Duration.ofMillis(250);

    private final int attempts;
    private final Duration firstPause;

    /** A retry by the outputs' rule ({@link #OUTPUT_ATTEMPTS}, {@link #OUTPUT_FIRST_PAUSE}). */
    public static Retry forOutputs() {
        return new Retry(OUTPUT_ATTEMPTS, OUTPUT_FIRST_PAUSE);
    }

    /**
     * @param attempts   how many times in all, at least 1
     * @param firstPause the pause after the first failure; each next one is twice the previous
     */
    public Retry(int attempts, Duration firstPause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        this.attempts = attempts;
        this.firstPause = firstPause;
    }

    /** Whether an HTTP status is worth trying again: 5xx, 408 (timeout) and 429 (too many requests). */
    public static boolean transientStatus(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    /** Runs {@code attempt} until it succeeds; throws the last failure once the attempts are spent. */
    public void run(Attempt attempt) throws IOException, InterruptedException {
        long pauseMillis = firstPause.toMillis();
        for (int i = 1; ; i++) {
            try {
                attempt.run();
                return;
            } catch (Refused e) {
                throw e;
            } catch (IOException e) {
                if (i >= attempts) {
                    throw e;
                }
            }
            Thread.sleep(pauseMillis);
            pauseMillis *= 2;
        }
    }
}
