package io.jk6.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.runner.Progress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's progress line as k6 draws it: a bar on a terminal, a percentage in a log, ✓ or ✗ at the end. */
class ProgressDisplayTest {

    @Test
    void aTerminalGetsK6sBar() {
        String line = ProgressDisplay.scenarioLine("default", 8, ' ', 0.25, "10 VUs  05s/20s", true);

        assertThat(line).isEqualTo("default   [==========>-----------------------------] 10 VUs  05s/20s");
    }

    @Test
    void aLogGetsThePercentageAndTheEndItsMark() {
        assertThat(ProgressDisplay.scenarioLine("default", 8, ' ', 0.499, "5 VUs", false))
                .isEqualTo("default   [  49% ] 5 VUs");
        assertThat(ProgressDisplay.scenarioLine("default", 8, '✗', 0.1, "5 VUs  02.0s/20s", false))
                .isEqualTo("default ✗ [  10% ] 5 VUs  02.0s/20s");
        assertThat(ProgressDisplay.scenarioLine("api", 8, '✓', 1, "1 VUs  10s", true))
                .isEqualTo("api     ✓ [" + "=".repeat(40) + "] 1 VUs  10s");
    }

    @Test
    void theRunningLineCountsVUsAndIterationsAndEachScenarioFollows() {
        Progress progress = new Progress(Duration.ofMillis(65_200), 10, 12, 1234, 3, List.of(
                new Progress.Scenario("default", 0.5, "10 VUs  05.2s/10s", false, false),
                new Progress.Scenario("warmup", 1, "1 VUs  1s", true, true)));

        String text = new ProgressDisplay(new PrintStream(OutputStream.nullOutputStream()), false, 10).text(progress);

        assertThat(text).isEqualTo("""
                running (1m05.2s), 10/12 VUs, 1234 complete and 3 interrupted iterations
                default   [  50% ] 10 VUs  05.2s/10s
                warmup  ✗ [ 100% ] 1 VUs  1s""");
    }
}
