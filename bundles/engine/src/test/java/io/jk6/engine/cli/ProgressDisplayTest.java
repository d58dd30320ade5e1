package io.jk6.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.run.ScenarioProgress;
import org.junit.jupiter.api.Test;

/** A scenario's progress line as k6 draws it: a bar on a terminal, a percentage in a log, ✓ or ✗ at the end. */
class ProgressDisplayTest {

    @Test
    void aTerminalGetsK6sBar() {
        String line = ProgressDisplay.scenarioLine("default", 8, ' ', new ScenarioProgress(0.25, "10 VUs  05s/20s"), true);

        assertThat(line).isEqualTo("default   [==========>-----------------------------] 10 VUs  05s/20s");
    }

    @Test
    void aLogGetsThePercentageAndTheEndItsMark() {
        assertThat(ProgressDisplay.scenarioLine("default", 8, ' ', new ScenarioProgress(0.499, "5 VUs"), false))
                .isEqualTo("default   [  49% ] 5 VUs");
        assertThat(ProgressDisplay.scenarioLine("default", 8, '✗', new ScenarioProgress(0.1, "5 VUs  02.0s/20s"), false))
                .isEqualTo("default ✗ [  10% ] 5 VUs  02.0s/20s");
        assertThat(ProgressDisplay.scenarioLine("api", 8, '✓', new ScenarioProgress(1, "1 VUs  10s"), true))
                .isEqualTo("api     ✓ [" + "=".repeat(40) + "] 1 VUs  10s");
    }
}
