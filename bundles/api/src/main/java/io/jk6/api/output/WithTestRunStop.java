package io.jk6.api.output;

import java.util.function.Consumer;

/**
 * An {@link Output} that may stop the test run, e.g. a service that evaluates thresholds itself.
 * The callback is set before {@link Output#start()}.
 */
public interface WithTestRunStop extends Output {

    /**
     * @param stop stops the test as Ctrl-C would (running iterations get their graceful stop);
     *             the reason is logged, and unless something stopped the test before, the run
     *             exits with 255 as k6's does
     */
    void setTestRunStopCallback(Consumer<Throwable> stop);
}
