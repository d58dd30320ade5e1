package io.jk6.cli;

import io.jk6.api.runner.OptionFlag;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * k6's execution shortcut flags, {@code -u -d -i -s}: one picocli mixin for {@code jk6 run},
 * {@code inspect} and {@code archive}, so the three say and parse them alike.
 */
final class ExecutionFlags {

    @Option(names = {"-u", "--vus"}, paramLabel = "int", description = "number of virtual users")
    Integer vus;

    @Option(names = {"-d", "--duration"}, paramLabel = "duration", description = "test duration limit (e.g. 30s, 1m30s)")
    String duration;

    @Option(names = {"-i", "--iterations"}, paramLabel = "int", description = "script total iteration limit (among all VUs)")
    Long iterations;

    @Option(names = "--execution-segment", paramLabel = "segment",
            description = "limit execution to the specified segment, e.g. 10%%, 1/3, 0.2:2/3")
    String executionSegment;

    @Option(names = "--execution-segment-sequence", paramLabel = "sequence",
            description = "the execution segment sequence, e.g. 0,1/3,2/3,1 (every instance of the test gets the same)")
    String executionSegmentSequence;

    @Option(names = {"-s", "--stage"}, paramLabel = "stage", description = "add a stage, as `[duration]:[target]` (e.g. 30s:10)")
    List<String> stages = new ArrayList<>();

    /** The options these flags set, as typed, each named by its flag. */
    void addTo(List<OptionFlag> flags) {
        if (vus != null) {
            flags.add(new OptionFlag("vus", vus.toString(), "--vus"));
        }
        if (duration != null) {
            flags.add(new OptionFlag("duration", duration, "--duration"));
        }
        if (iterations != null) {
            flags.add(new OptionFlag("iterations", iterations.toString(), "--iterations"));
        }
        if (!stages.isEmpty()) {
            flags.add(new OptionFlag("stages", stages, "--stage"));
        }
        if (executionSegment != null) {
            flags.add(new OptionFlag("executionSegment", executionSegment, "--execution-segment"));
        }
        if (executionSegmentSequence != null) {
            flags.add(new OptionFlag("executionSegmentSequence", executionSegmentSequence,
                    "--execution-segment-sequence"));
        }
    }
}
