package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jk6 prepare}: a runtime linked from the JDK and an AOT cache, which later runs start
 * with (the JVM's own log says it opened the cache) while GraalJS keeps its JIT.
 */
class PreparedRuntimeIT {

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    @Test
    void preparedRuntimeStartsWithTheAotCacheAndTheJit() {
        var prepare = jk6("prepare").in(dir).env("JK6_CACHE_DIR", cache.toString())
                .timeout(Duration.ofMinutes(4)).run();
        assertThat(prepare.exitCode()).as(prepare.toString()).isZero();
        assertThat(prepare.stderr()).contains("jk6 prepare: done");

        var version = jk6("version").in(dir).env("JK6_CACHE_DIR", cache.toString())
                .env("JAVA_OPTS", "-XX:AOTMode=on -Xlog:aot").run();
        Scripts.write(dir, "script.js", "import { check } from 'k6';\n"
                + "export default function () { check(1, { 'one': (v) => v === 1 }); }\n");
        var run = jk6("run", "-i", "3", "script.js").in(dir).env("JK6_CACHE_DIR", cache.toString())
                .env("JAVA_OPTS", "-Xlog:aot").run();
        var off = jk6("version").in(dir).env("JK6_CACHE_DIR", cache.toString()).env("JK6_AOT", "off")
                .env("JAVA_OPTS", "-Xlog:aot").run();

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stdout()).contains("Opened AOT cache", "GraalVM CE, JIT compiler active");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("Opened AOT cache", "checks_succeeded");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(off.stdout()).contains("JIT compiler active").doesNotContain("Opened AOT cache");
    }
}
