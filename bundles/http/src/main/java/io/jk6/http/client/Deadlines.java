package io.jk6.http.client;

import java.net.SocketTimeoutException;

/** A request's timeout as an absolute {@link System#nanoTime()} deadline. */
final class Deadlines {

    private Deadlines() {
    }

    static long after(long timeoutMillis) {
        return System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    static boolean passed(long deadlineNanos) {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    static long remainingMillis(long deadlineNanos) {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    /**
     * The socket timeout for the next blocking call: what is left of the request's time,
     * at least 1 ms because 0 would mean "wait forever".
     */
    static int socketTimeoutMillis(long deadlineNanos) throws SocketTimeoutException {
        long remaining = remainingMillis(deadlineNanos);
        if (remaining <= 0) {
            throw new SocketTimeoutException("request timeout");
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }
}
