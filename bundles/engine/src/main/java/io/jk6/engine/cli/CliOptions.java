package io.jk6.engine.cli;

import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Stage;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.config.TestOptionsReader;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options the {@code jk6 run} flags set: the highest layer, as in k6. */
final class CliOptions {

    private CliOptions() {
    }

    /** Every bad flag value is added to {@code problems}, naming the flag. */
    static OptionLayer of(RunFlags flags, List<String> problems) {
        Duration duration = flags.execution.duration(problems);
        List<Stage> stages = flags.execution.stages(problems);
        if (flags.summaryTrendStats != null) {
            flags.summaryTrendStats.forEach(s -> TestOptionsReader.checkTrendStat("--summary-trend-stats", s, problems));
        }
        Map<String, String> tags = null;
        if (!flags.tags.isEmpty()) {
            tags = new LinkedHashMap<>();
            for (String tag : flags.tags) {
                int eq = tag.indexOf('=');
                if (tag.isEmpty()) {
                    problems.add("--tag: invalid tag, empty string");
                } else if (eq == 0) {
                    problems.add("--tag: error parsing tag '" + tag + "': invalid tag, empty name");
                } else if (eq < 0 || eq == tag.length() - 1) {
                    problems.add("--tag: error parsing tag '" + tag + "': invalid tag, empty value");
                } else {
                    tags.put(tag.substring(0, eq), tag.substring(eq + 1));
                }
            }
        }
        TestOptions test = new TestOptions(null,
                flags.summaryTimeUnit == null ? null
                        : TestOptionsReader.timeUnit("--summary-time-unit", flags.summaryTimeUnit, problems),
                null, null,
                flags.minIterationDuration == null ? null
                        : duration("--min-iteration-duration", flags.minIterationDuration, problems),
                flags.noConnectionReuse, flags.throwErrors, flags.noSetup, flags.noTeardown);
        return new OptionLayer(flags.execution.vus, duration, flags.execution.iterations, stages, null, flags.summaryTrendStats, tags,
                flags.execution.segments(test, problems));
    }

    static Duration duration(String flag, String text, List<String> problems) {
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(flag + ": " + e.getMessage());
            return null;
        }
    }

    /** The layer of the execution flags and {@code --summary-trend-stats}; problems name the flag. */
    static OptionLayer layer(ExecutionFlags flags, List<String> summaryTrendStats, List<String> problems) {
        return new OptionLayer(flags.vus, flags.duration(problems), flags.iterations, flags.stages(problems), null,
                summaryTrendStats, null, flags.segments(TestOptions.EMPTY, problems));
    }
}
