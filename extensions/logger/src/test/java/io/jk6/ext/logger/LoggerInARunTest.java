package io.jk6.ext.logger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logger attached to a real run (jk6-testing's ScriptRun), as {@code jk6 run --out logger} attaches it. */
class LoggerInARunTest {

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerSampleTheRunHandedIt() throws Exception {
        RunRecord run = ScriptRun.of(dir, """
                        export const options = { vus: 2, iterations: 4 };
                        export default function () {}
                        """)
                .output("logger", new LoggerOutputFactory())
                .run();

        assertThat(run.samples("iterations")).hasSize(4);
        assertThat(run.stdout().lines().toList()).as("every sample, flushed by stop()")
                .isEqualTo(run.samples().stream().map(LoggerOutput::line).toList());
    }
}
