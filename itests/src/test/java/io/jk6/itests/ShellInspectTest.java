package io.jk6.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * {@code jk6:inspect} in the shell: the script's options as {@code jk6 inspect} prints them, and
 * the bundle serving each import, or "missing" with k6's exit code for an unknown module.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ShellInspectTest {

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path dir;

    @Test
    void inspectShowsTheOptionsAndTheBundleServingEachImport() throws Exception {
        Scripts.write(dir, "ok.js", """
                import http from 'k6/http';
                import { check } from 'k6';
                export const options = { vus: 2, duration: '5s' };
                export default function () { }
                """);
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:modules")) {
            String modules = shell.execute("jk6:inspect ok.js");

            assertThat(shell.output()).contains("\"vus\": 2,").contains("\"duration\": \"5s\",");
            assertThat(modules.lines()).anyMatch(l -> l.matches("k6/http\\s+io\\.jk6\\.http\\s+\\S+\\s+\\S+"))
                    .anyMatch(l -> l.matches("k6\\s+io\\.jk6\\.k6\\s+\\S+\\s+\\S+"));
        }
    }

    @Test
    void aMissingModuleIsListedAsMissingAndFailsWithK6sCode() throws Exception {
        Scripts.write(dir, "missing.js", """
                import http from 'k6/http';
                // import gone from 'k6/x/commented-out';
                import compare from 'k6/x/compare';
                export default function () { }
                """);
        try (GogoSession shell = new GogoSession(gogo, dir).awaitCommand("jk6:modules")) {
            assertThatThrownBy(() -> shell.execute("jk6:inspect missing.js"))
                    .hasMessageContaining("jk6:inspect ended with exit code 107");

            assertThat(shell.output().lines()).anyMatch(l -> l.matches("k6/x/compare\\s+missing\\s+-\\s+-"))
                    .anyMatch(l -> l.matches("k6/http\\s+io\\.jk6\\.http\\s+\\S+\\s+\\S+"))
                    .noneMatch(l -> l.contains("commented-out"));
            assertThat(shell.errors()).contains("unknown module k6/x/compare");
        }
    }
}
