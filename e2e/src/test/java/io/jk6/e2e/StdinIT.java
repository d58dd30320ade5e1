package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jk6 run -}: the script, or an archive, read from stdin, as k6. */
class StdinIT {

    @TempDir
    Path dir;

    @Test
    void aScriptFromStdinImportsAndOpensFilesOfTheWorkingDirectory() {
        Scripts.write(dir, "lib.js", "export const greet = (n) => 'hello ' + n;\n");
        Scripts.write(dir, "name.txt", "ann");
        Path input = Scripts.write(dir, "input/piped.js", """
                import { check } from 'k6';
                import { greet } from './lib.js';
                const name = open('./name.txt');
                export const options = { iterations: 2 };
                export default function () {
                  check(name, { 'imported and opened': (n) => greet(n) === 'hello ann' });
                }
                """);

        var result = jk6("run", "--summary-export", "summary.json", "-").in(dir).stdin(input).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(SummaryExport.read(dir.resolve("summary.json")).count("checks", "passes"))
                .as(result.toString()).isEqualTo(2);
    }

    @Test
    void anArchiveFromStdinRuns() {
        Scripts.write(dir, "script.js", """
                export const options = { iterations: 3 };
                export default function () {}
                """);
        var archived = jk6("archive", "-O", "a.tar", "script.js").in(dir).run();
        assertThat(archived.exitCode()).as(archived.toString()).isZero();
        var toStdout = jk6("archive", "-O", "-", "script.js").in(dir).run();
        assertThat(toStdout.stdout()).as("-O - writes the archive to stdout").startsWith("metadata.json");

        var result = jk6("run", "--summary-export", "summary.json", "-").in(dir).stdin(dir.resolve("a.tar")).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(SummaryExport.read(dir.resolve("summary.json")).count("iterations", "count"))
                .as(result.toString()).isEqualTo(3);
    }
}
