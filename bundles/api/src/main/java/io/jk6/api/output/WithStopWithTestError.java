package io.jk6.api.output;

/**
 * An {@link Output} that wants to know why a run failed (a script error in setup or teardown,
 * an output that did not start). The engine then calls this instead of {@link Output#stop()}.
 */
public interface WithStopWithTestError extends Output {

    /** As {@link Output#stop()}, for a run that ended with {@code error}. */
    void stopWithTestError(Throwable error) throws Exception;
}
