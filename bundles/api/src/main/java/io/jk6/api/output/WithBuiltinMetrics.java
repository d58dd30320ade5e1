package io.jk6.api.output;

import io.jk6.api.metrics.BuiltinMetrics;

/**
 * An {@link Output} that wants the run's built-in metrics ({@code http_reqs}, {@code vus},
 * {@code iterations}...), as k6's {@code output.WithBuiltinMetrics}: to tell their samples by
 * identity ({@code sample.metric() == builtin.httpReqs()}) rather than by name. They are set
 * after the output is created, before {@link Output#start()}.
 *
 * @since 1.2
 */
public interface WithBuiltinMetrics extends Output {

    void setBuiltinMetrics(BuiltinMetrics metrics);
}
