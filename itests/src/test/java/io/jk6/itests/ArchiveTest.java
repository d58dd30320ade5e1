package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code jk6 archive} packs a test; {@code jk6 run archive.tar} runs it anywhere, as k6. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ArchiveTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @InjectService(filter = "(" + Command.NAME + "=archive)", timeout = 30_000)
    Command archive;

    @InjectService(filter = "(" + Command.NAME + "=inspect)", timeout = 30_000)
    Command inspect;

    @TempDir
    Path dir;

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void anArchiveRunsFromAnotherDirectoryAfterTheOriginalsAreDeleted() throws IOException {
        Path project = dir.resolve("project");
        Scripts.write(project, "data/users.json", "[\"ann\", \"bob\", \"cid\"]");
        Scripts.write(project, "lib/names.js", "export const greet = (n) => 'hello ' + n;\n");
        Scripts.write(project, "lib/count.ts", "export const count = (xs: string[]): number => xs.length;\n");
        Scripts.write(project, "tests/script.js", """
                import { check } from 'k6';
                import { greet } from '../lib/names.js';
                import { count } from '../lib/count.ts';

                const users = JSON.parse(open('../data/users.json'));

                export const options = { vus: 1, iterations: 3, thresholds: { checks: ['rate==1'] } };

                export default function () {
                  check(users, {
                    'opened data came along': (u) => count(u) === 3,
                    'imported module came along': () => greet(users[__ITER % 3]).startsWith('hello '),
                    'env frozen in': () => __ENV.GREETING === 'hi',
                  });
                }
                """);

        // the command line's options are frozen in: 2 VUs and 8 iterations instead of the script's 1 and 3
        var archived = jk6(archive, "-u", "2", "-i", "8", "-e", "GREETING=hi", "-O", "test.tar", "tests/script.js")
                .in(project).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(project.resolve("test.tar"), elsewhere.resolve("test.tar"));
        deleteTree(project);

        var result = jk6(run, "--summary-export", "summary.json", "test.tar").in(elsewhere).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(elsewhere.resolve("summary.json"));
        assertThat(export.count("iterations", "count")).as(result.toString()).isEqualTo(8);
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(24);
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
        assertThat(result.stdout()).as(result.toString()).contains("2 max VUs");
    }

    /** k6/experimental/fs and csv read their files as open() does: the archive packs them too. */
    @Test
    void filesOpenedWithTheFsModuleComeAlongInTheArchive() throws IOException {
        Path project = dir.resolve("fs-project");
        Scripts.write(project, "data/users.csv", "name,age\nann,31\nbob,42\n");
        Scripts.write(project, "tests/script.js", """
                import { open } from 'k6/experimental/fs';
                import csv from 'k6/experimental/csv';
                import { check } from 'k6';

                const users = await csv.parse(await open('../data/users.csv'), { asObjects: true });

                export const options = { iterations: 2, thresholds: { checks: ['rate==1'] } };

                export default function () {
                  check(users, { 'csv came along': (u) => u.length === 2 && u[1].name === 'bob' });
                }
                """);
        var archived = jk6(archive, "-O", "test.tar", "tests/script.js").in(project).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();
        Path elsewhere = Files.createDirectories(dir.resolve("fs-elsewhere"));
        Files.move(project.resolve("test.tar"), elsewhere.resolve("test.tar"));
        deleteTree(project);

        var result = jk6(run, "--summary-export", "summary.json", "test.tar").in(elsewhere).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(SummaryExport.read(elsewhere.resolve("summary.json")).count("checks", "passes"))
                .as(result.toString()).isEqualTo(2);
    }

    @Test
    void anArchiveIsToldByItsContentAndTheRunsFlagsStillWin() throws IOException {
        Scripts.write(dir, "script.js", """
                export const options = { vus: 1, iterations: 2 };
                export default function () {}
                """);
        var archived = jk6(archive, "script.js").in(dir).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();
        // k6's default name, and a layout tar and k6 read: metadata.json first
        byte[] tar = Files.readAllBytes(dir.resolve("archive.tar"));
        assertThat(new String(tar, 0, 13, StandardCharsets.US_ASCII)).isEqualTo("metadata.json");
        Files.move(dir.resolve("archive.tar"), dir.resolve("test-bundle.js"));

        var result = jk6(run, "-i", "5", "--summary-export", "summary.json", "test-bundle.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(SummaryExport.read(dir.resolve("summary.json")).count("iterations", "count"))
                .as(result.toString()).isEqualTo(5);
    }

    /**
     * k6-operator's initializer runs {@code k6 archive} with the test's arguments, which its runners
     * get too: k6 archive takes run's option flags (and freezes them in) and its runtime ones.
     */
    @Test
    void takesTheArgumentsOfARunAndFreezesItsOptionFlags() throws Exception {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 2 };
                export function setup() { console.log('setup ran'); }
                export default function () {}
                """);
        var archived = jk6(archive, "script.js", "-O", "test.tar", "--tag", "team=a", "--no-setup",
                "--min-iteration-duration", "10ms", "--summary-time-unit", "ms", "--summary-export=s.json",
                "--no-thresholds", "-q", "--no-color", "--summary-mode", "full", "--address=0.0.0.0:6565", "--paused",
                "--secret-source=file=absent.secret")
                .in(dir).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();

        var inspected = jk6(inspect, "test.tar").in(dir).run();
        var options = new com.fasterxml.jackson.databind.ObjectMapper().readTree(inspected.stdout());
        assertThat(options.at("/tags/team").asText()).as(inspected.toString()).isEqualTo("a");
        assertThat(options.get("noSetup").asBoolean()).isTrue();
        assertThat(options.get("minIterationDuration").asText()).isEqualTo("10ms");
        assertThat(options.get("summaryTimeUnit").asText()).isEqualTo("ms");
        var result = jk6(run, "test.tar").in(dir).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as("--no-setup frozen in").doesNotContain("setup ran");
    }

    @Test
    void anInitErrorStopsTheArchiveWithTheScriptErrorCode() {
        Scripts.write(dir, "script.js", """
                open('./missing.json');
                export default function () {}
                """);

        var result = jk6(archive, "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(107);
        assertThat(result.stderr()).as(result.toString()).contains("missing.json");
        assertThat(dir.resolve("archive.tar")).doesNotExist();
    }
}
