package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jk6 version}: the versions, and that GraalJS runs with its JIT compiler under bin/jk6,
 * in {@code version} and in the engine that runs tests (which sets its own compiler options).
 */
class VersionIT {

    @TempDir
    Path dir;

    @Test
    void versionNamesJk6AndAnActiveGraalJit() {
        var result = jk6("version").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("jk6 v").contains("GraalVM CE", "JIT compiler active")
                .doesNotContain("NOT active");
    }

    @Test
    void aTestRunsWithTheJitAndTheEnginesCompilerOptions() throws Exception {
        Files.writeString(dir.resolve("jit.js"), "export default function () {}\n");

        var result = jk6("run", "-q", "--iterations", "1", "jit.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as(result.toString()).doesNotContain("NOT active");
    }

    @Test
    void compilerOptionsInJavaOptsOverrideJk6sAndVersionStillAnswers() throws Exception {
        Files.writeString(dir.resolve("jit.js"), "export default function () {}\n");
        String options = "-Dpolyglot.engine.FirstTierCompilationThreshold=100"
                + " -Dpolyglot.engine.DynamicCompilationThresholds=true";

        var version = jk6("version").env("JAVA_OPTS", options).in(dir).run();
        var run = jk6("run", "-q", "--iterations", "1", "jit.js").env("JAVA_OPTS", options).in(dir).run();

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stdout()).contains("JIT compiler active");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).as(run.toString()).doesNotContain("NOT active");
    }
}
