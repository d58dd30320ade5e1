package io.jk6.engine.cli;

import io.jk6.engine.config.K6Duration;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The option layer of the command line's {@code -u -d -i -s --summary-trend-stats}: {@code jk6 run} and {@code jk6 archive}. */
final class CliOptions {

    private CliOptions() {
    }

    /** Every problem is added to {@code problems} with the flag's name. */
    static OptionLayer layer(Integer vus, String duration, Long iterations, List<String> stages,
            List<String> summaryTrendStats, List<String> problems) {
        Duration parsedDuration = null;
        if (duration != null) {
            try {
                parsedDuration = K6Duration.parse(duration);
            } catch (IllegalArgumentException e) {
                problems.add("--duration: " + e.getMessage());
            }
        }
        List<Stage> parsedStages = null;
        if (!stages.isEmpty()) {
            parsedStages = new ArrayList<>();
            for (String s : stages) {
                try {
                    parsedStages.add(Stage.parse(s));
                } catch (IllegalArgumentException e) {
                    problems.add("--stage: " + e.getMessage());
                }
            }
        }
        return new OptionLayer(vus, parsedDuration, iterations, parsedStages, null, summaryTrendStats, null);
    }
}
