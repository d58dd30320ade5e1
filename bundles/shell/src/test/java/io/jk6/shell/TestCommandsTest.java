package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How jk6:status shows time and rates. */
class TestCommandsTest {

    @Test
    void elapsedReadsAsK6sProgressLine() {
        assertThat(TestCommands.elapsed(Duration.ofMillis(5_240))).isEqualTo("0m05.2s");
        assertThat(TestCommands.elapsed(Duration.ofMillis(62_500))).isEqualTo("1m02.5s");
        assertThat(TestCommands.elapsed(Duration.ZERO)).isEqualTo("0m00.0s");
    }

    @Test
    void requestsPerSecondOverTheElapsedTime() {
        assertThat(TestCommands.perSecond(1000, Duration.ofSeconds(4))).isEqualTo("250.0");
        assertThat(TestCommands.perSecond(5, Duration.ZERO)).as("no division by zero while VUs start").isEqualTo("0.0");
    }
}
