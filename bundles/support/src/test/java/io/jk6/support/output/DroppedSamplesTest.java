package io.jk6.support.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.System.Logger;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The slow-backend warning: once per flush that saw new drops, with the counts and the advice. */
class DroppedSamplesTest {

    /** A logger that keeps what it is told. */
    static final class Recording implements Logger {
        final List<String> lines = new ArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(level + " " + message);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + format);
        }

        @Override
        public void log(Level level, Supplier<String> message) {
            lines.add(level + " " + message.get());
        }
    }

    @Test
    void warnsWithTheNewAndTheTotalCountOnlyWhenTheCountGrew() {
        Recording logger = new Recording();
        DroppedSamples drops = new DroppedSamples("InfluxDB is slower than the test: raise K6_INFLUXDB_PUSH_INTERVAL");

        drops.warnIfGrown(0, logger);
        drops.warnIfGrown(120, logger);
        drops.warnIfGrown(120, logger);
        drops.warnIfGrown(200, logger);

        assertThat(logger.lines).containsExactly(
                "WARNING 120 samples dropped since the last flush (120 in this test): the output's buffer was full;"
                        + " InfluxDB is slower than the test: raise K6_INFLUXDB_PUSH_INTERVAL. The end-of-test summary"
                        + " still counts every sample.",
                "WARNING 80 samples dropped since the last flush (200 in this test): the output's buffer was full;"
                        + " InfluxDB is slower than the test: raise K6_INFLUXDB_PUSH_INTERVAL. The end-of-test summary"
                        + " still counts every sample.");
    }
}
