package io.jk6.testing;

import io.jk6.api.metrics.Sample;
import java.util.List;

/**
 * What a {@link ScriptRun} left: the samples every output received, the iterations, what the run
 * printed, how it ended ({@code jk6 run}'s exit code) and the thresholds it crossed.
 *
 * @param samples            every sample the outputs received, in the order they received them
 * @param completeIterations the iterations that ran to their end, as the summary counts them
 * @param stdout             what outputs printed on their {@code stdout()}
 * @param log                the run's stderr: console and module lines, script errors, an output's
 *                           stop reason, in k6's format
 * @param exitCode           the exit code {@code jk6 run} would give this run, as k6's: 0 passed, 99
 *                           thresholds crossed, 108 aborted by the script, 255 stopped by an output
 *                           ({@code WithTestRunStop})
 * @param crossedThresholds  the thresholds that failed at the end, as {@code METRIC} or
 *                           {@code METRIC{TAG:VALUE}} (the script's keys), in the script's order
 */
public record RunRecord(List<Sample> samples, long completeIterations, String stdout, String log, int exitCode,
        List<String> crossedThresholds) {

    public RunRecord {
        samples = List.copyOf(samples);
        crossedThresholds = List.copyOf(crossedThresholds);
    }

    /** The samples of {@code metricName}, in the order the outputs received them. */
    public List<Sample> samples(String metricName) {
        return samples.stream().filter(s -> s.metric().name().equals(metricName)).toList();
    }
}
