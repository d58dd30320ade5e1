package io.jk6.testing;

import io.jk6.api.metrics.Sample;
import java.util.List;

/**
 * What a {@link ScriptRun} left: the samples every output received, the iterations, and what
 * the run printed.
 *
 * @param samples            every sample the outputs received, in the order they received them
 * @param completeIterations the iterations that ran to their end, as the summary counts them
 * @param stdout             what outputs printed on their {@code stdout()}
 * @param log                the run's stderr: console and module lines, script errors, in k6's format
 */
public record RunRecord(List<Sample> samples, long completeIterations, String stdout, String log) {

    public RunRecord {
        samples = List.copyOf(samples);
    }

    /** The samples of {@code metricName}, in the order the outputs received them. */
    public List<Sample> samples(String metricName) {
        return samples.stream().filter(s -> s.metric().name().equals(metricName)).toList();
    }
}
