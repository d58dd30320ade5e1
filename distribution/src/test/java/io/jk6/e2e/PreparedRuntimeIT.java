package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared runtime (a runtime linked from the JDK and an AOT cache): the first {@code jk6 run}
 * makes it after it has exited, later runs start with it (the JVM's own log says it opened the
 * cache) while GraalJS keeps its JIT, and a cache that cannot be used costs one line, never a run.
 */
class PreparedRuntimeIT {

    private static final String SCRIPT = "import { check } from 'k6';\n"
            + "export default function () { check(1, { 'one': (v) => v === 1 }); }\n";

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    @Test
    void theFirstRunPreparesTheRuntimeForTheNextOnes() throws Exception {
        Scripts.write(dir, "script.js", SCRIPT);

        var first = run().env("JAVA_OPTS", "-Xlog:aot").run();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("checks_succeeded").doesNotContain("Opened AOT cache");
        Path prepared = awaitPrepared();

        var next = run().env("JAVA_OPTS", "-Xlog:aot").run();
        var version = jk6("version").in(dir).env("JK6_CACHE_DIR", cache.toString()).env("JAVA_OPTS", "-Xlog:aot").run();
        var off = run().env("JK6_AOT", "off").env("JAVA_OPTS", "-Xlog:aot").run();

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.stdout()).contains("Opened AOT cache " + prepared.resolve("jk6.aot"), "checks_succeeded");
        assertThat(version.stdout()).contains("Opened AOT cache", "GraalVM CE, JIT compiler active");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(off.stdout()).contains("checks_succeeded").doesNotContain("Opened AOT cache");
    }

    @Test
    void aDamagedCacheIsSaidInOneLineAndTheRunStartsWithoutIt() throws Exception {
        var prepare = jk6("prepare").in(dir).env("JK6_CACHE_DIR", cache.toString())
                .timeout(Duration.ofMinutes(4)).run();
        assertThat(prepare.exitCode()).as(prepare.toString()).isZero();
        assertThat(prepare.stderr()).contains("jk6 prepare: done");
        Path aot = preparedRuntime().resolve("jk6.aot");
        try (RandomAccessFile file = new RandomAccessFile(aot.toFile(), "rw")) {
            file.setLength(file.length() / 2); // as a full disk or an interrupted copy leaves it
        }
        long damagedSize = Files.size(aot);
        Scripts.write(dir, "script.js", SCRIPT);

        var run = run().run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("checks_succeeded");
        assertThat(run.stderr().lines().filter(l -> l.contains("prepared runtime")))
                .singleElement().asString().contains("is damaged", "starting without it", "made again after this run");
        assertThat(run.stderr()).doesNotContain("[error]");
        assertThat(Files.size(awaitPrepared().resolve("jk6.aot"))).as("made again").isGreaterThan(damagedSize);
    }

    @Test
    void anUnwritableCacheIsSaidInOneLineAndTheRunGoesOn() throws Exception {
        Path notADirectory = Files.writeString(cache.resolve("file"), "a file where the cache folder would be");
        Scripts.write(dir, "script.js", SCRIPT);

        var run = jk6("run", "-i", "1", "script.js").in(dir).env("JK6_CACHE_DIR", notADirectory.resolve("jk6").toString())
                .run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("checks_succeeded");
        assertThat(run.stderr().lines().filter(l -> l.startsWith("jk6: ")))
                .singleElement().asString().contains("cannot write", "JK6_CACHE_DIR");
    }

    private Jk6Process run() {
        return jk6("run", "-i", "3", "script.js").in(dir).env("JK6_CACHE_DIR", cache.toString());
    }

    /** The runtime a run made after it exited: bin/jk6 prepares it in the background (~15-60 s). */
    private Path awaitPrepared() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            Path prepared = preparedRuntimeOrNull();
            if (prepared != null && Files.exists(prepared.resolve("complete")) && !preparing()) {
                return prepared;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no prepared runtime in " + cache + " 4 minutes after the first run; "
                + "last failure: " + (Files.exists(cache.resolve("last-prepare-failure.log"))
                        ? Files.readString(cache.resolve("last-prepare-failure.log")) : "none"));
    }

    /** bin/jk6 holds a lock folder while it prepares. */
    private boolean preparing() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".lock-"));
        }
    }

    private Path preparedRuntime() throws IOException {
        Path prepared = preparedRuntimeOrNull();
        assertThat(prepared).as("a runtime-* folder in " + cache).isNotNull();
        return prepared;
    }

    private Path preparedRuntimeOrNull() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("runtime-")).findFirst().orElse(null);
        }
    }
}
