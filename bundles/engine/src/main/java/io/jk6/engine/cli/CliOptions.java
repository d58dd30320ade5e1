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

/** The options the {@code jk6 run} and {@code archive} flags set: the highest layer, as in k6. */
final class CliOptions {

    private CliOptions() {
    }

    /** Every bad flag value is added to {@code problems}, naming the flag. */
    static OptionLayer of(ExecutionFlags execution, OptionFlags flags, List<String> problems) {
        Duration duration = execution.duration(problems);
        List<Stage> stages = execution.stages(problems);
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
                flags.noConnectionReuse, flags.throwErrors, flags.noSetup, flags.noTeardown)
                .withModules(flags.modules.options(problems));
        return new OptionLayer(execution.vus, duration, execution.iterations, stages, null, flags.summaryTrendStats, tags,
                execution.segments(test, problems));
    }

    static Duration duration(String flag, String text, List<String> problems) {
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(flag + ": " + e.getMessage());
            return null;
        }
    }

}
