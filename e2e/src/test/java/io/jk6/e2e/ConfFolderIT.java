package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conf/}: {@code framework.properties} (Felix and FileInstall) and
 * {@code logging.properties} (java.util.logging) are read at start and take effect.
 */
class ConfFolderIT {

    @TempDir
    Path dir;

    /** A jk6 home sharing the built distribution's files but with conf/ and deploy/ of its own. */
    private Path home() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String part : new String[] {"bin", "lib", "bundles", "extensions"}) {
            Files.createSymbolicLink(home.resolve(part), Jk6Process.JK6_HOME.resolve(part));
        }
        Files.createDirectories(home.resolve("deploy"));
        Files.createDirectories(home.resolve("conf"));
        return home;
    }

    @Test
    void frameworkPropertiesChooseTheFolderFileInstallWatches() throws IOException {
        Path home = home();
        Files.writeString(home.resolve("conf/framework.properties"), "felix.fileinstall.dir = extensions\n");
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6("run", "-i", "2", "--out", "logger", "script.js").in(dir).env("JK6_HOME", home.toString())
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.output()).as("the logger extension, deployed from extensions/")
                .contains("metric=iterations");
    }

    @Test
    void loggingPropertiesFormatWhatFileInstallLogs() throws IOException {
        Path home = home();
        Files.writeString(home.resolve("conf/framework.properties"), "felix.fileinstall.log.level = 3\n");
        Files.writeString(home.resolve("conf/logging.properties"), """
                handlers = java.util.logging.ConsoleHandler
                java.util.logging.ConsoleHandler.formatter = java.util.logging.SimpleFormatter
                java.util.logging.SimpleFormatter.format = from-conf %4$s %5$s%n
                """);
        try (var jars = Files.list(home.resolve("extensions"))) {
            Path logger = jars.filter(p -> p.getFileName().toString().startsWith("jk6-ext-logger-")).findFirst()
                    .orElseThrow();
            Files.copy(logger, home.resolve("deploy").resolve(logger.getFileName()));
        }
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6("run", "-i", "1", "script.js").in(dir).env("JK6_HOME", home.toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).containsPattern("from-conf INFO Started bundle: .*jk6-ext-logger-");
    }

    @Test
    void aBrokenSettingNamesTheFile() throws IOException {
        Path home = home();
        Files.writeString(home.resolve("conf/framework.properties"), "felix.fileinstall.poll = \\u12\n");
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6("run", "-i", "1", "script.js").in(dir).env("JK6_HOME", home.toString()).run();

        assertThat(result.exitCode()).as("k6's invalid-config code; " + result).isEqualTo(104);
        assertThat(result.stderr()).contains(home.resolve("conf/framework.properties").toString(), "Malformed");
    }
}
