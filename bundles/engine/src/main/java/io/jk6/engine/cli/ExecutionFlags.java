package io.jk6.engine.cli;

import io.jk6.engine.config.ExecutionSegment;
import io.jk6.engine.config.ExecutionSegmentSequence;
import io.jk6.engine.config.Stage;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.config.TestOptionsReader;
import java.time.Duration;
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

    /** {@code --duration} parsed; null when not given or bad (then a problem names the flag). */
    Duration duration(List<String> problems) {
        return duration == null ? null : CliOptions.duration("--duration", duration, problems);
    }

    /** {@code --execution-segment} and {@code --execution-segment-sequence} over {@code test}; bad ones add problems. */
    TestOptions segments(TestOptions test, List<String> problems) {
        return test.withSegments(
                TestOptionsReader.segments("--execution-segment", executionSegment, ExecutionSegment::parse, problems),
                TestOptionsReader.segments("--execution-segment-sequence", executionSegmentSequence,
                        ExecutionSegmentSequence::parse, problems));
    }

    /** The {@code --stage} flags parsed; null when none is given. Each bad one adds a problem. */
    List<Stage> stages(List<String> problems) {
        if (stages.isEmpty()) {
            return null;
        }
        List<Stage> parsed = new ArrayList<>();
        for (String s : stages) {
            try {
                parsed.add(Stage.parse(s));
            } catch (IllegalArgumentException e) {
                problems.add("--stage: " + e.getMessage());
            }
        }
        return parsed;
    }
}
