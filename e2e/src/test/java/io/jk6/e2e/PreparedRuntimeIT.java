package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prepared runtime (a runtime linked from the JDK and an AOT cache): the first {@code jk6 run}
 * makes it after it has exited, later runs start with it (the JVM's own log says it opened the
 * cache) while GraalJS keeps its JIT, and a cache that cannot be used costs one line, never a run.
 * Preparing takes 13 s on an idle machine and more beside the other tests, so it is done once:
 * the damaged-cache test breaks a copy of it. The
 * longest end-to-end class: it starts first ({@code @Order(1)}, failsafe orders classes by it).
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreparedRuntimeIT {

    private static final String SCRIPT = "import { check } from 'k6';\n"
            + "export default function () { check(1, { 'one': (v) => v === 1 }); }\n";

    /** The cache the first test's run prepares, kept for the class: the damaged-cache test copies it. */
    @TempDir
    static Path firstCache;

    @TempDir
    Path dir;

    @TempDir
    Path cache;

    @Test
    @Order(1)
    void theFirstRunPreparesTheRuntimeForTheNextOnes() throws Exception {
        Scripts.write(dir, "script.js", SCRIPT);

        var first = run(firstCache).env("JAVA_OPTS", "-Xlog:aot").run();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.stdout()).contains("checks_succeeded").doesNotContain("Opened AOT cache");
        Path prepared = awaitPrepared(firstCache);

        var next = run(firstCache).env("JAVA_OPTS", "-Xlog:aot").run();
        var version = jk6("version").in(dir).env("JK6_CACHE_DIR", firstCache.toString()).env("JAVA_OPTS", "-Xlog:aot").run();
        var off = run(firstCache).env("JK6_AOT", "off").env("JAVA_OPTS", "-Xlog:aot").run();

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.stdout()).contains("Opened AOT cache " + prepared.resolve("jk6.aot"), "checks_succeeded");
        assertThat(version.stdout()).contains("Opened AOT cache", "GraalVM CE, JIT compiler active");
        assertThat(off.exitCode()).as(off.toString()).isZero();
        assertThat(off.stdout()).contains("checks_succeeded").doesNotContain("Opened AOT cache");
    }

    @Test
    @Order(2)
    void aDamagedCacheIsSaidInOneLineAndTheRunStartsWithoutIt() throws Exception {
        Path prepared = preparedRuntimeIn(firstCache);
        assertThat(prepared).as("the runtime the first test prepared").isNotNull();
        copyTree(prepared, cache.resolve(prepared.getFileName()));
        Path aot = preparedRuntimeIn(cache).resolve("jk6.aot");
        try (RandomAccessFile file = new RandomAccessFile(aot.toFile(), "rw")) {
            file.setLength(file.length() / 2); // as a full disk or an interrupted copy leaves it
        }
        long damagedSize = Files.size(aot);
        Scripts.write(dir, "script.js", SCRIPT);

        var run = run(cache).run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("checks_succeeded");
        assertThat(run.stderr().lines().filter(l -> l.contains("prepared runtime")))
                .singleElement().asString().contains("is damaged", "starting without it", "made again after this run");
        assertThat(run.stderr()).doesNotContain("[error]");
        assertThat(Files.size(awaitPrepared(cache).resolve("jk6.aot"))).as("made again").isGreaterThan(damagedSize);
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

    /**
     * A run with its own cache. Its background preparation runs at niceness 0: at the default 19
     * the other end-to-end classes and the itests, running beside this one on 2 cores, starved it
     * for 150-200 s (13 s on an idle machine).
     */
    private Jk6Process run(Path cacheRoot) {
        return jk6("run", "-i", "3", "script.js").in(dir).env("JK6_CACHE_DIR", cacheRoot.toString())
                .env("JK6_PREPARE_NICE", "0");
    }

    /** The runtime a run made after it exited: bin/jk6 prepares it in the background (~15-60 s). */
    private static Path awaitPrepared(Path cache) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            Path prepared = preparedRuntimeIn(cache);
            if (prepared != null && Files.exists(prepared.resolve("complete")) && !preparing(cache)) {
                return prepared;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no prepared runtime in " + cache + " 4 minutes after the first run; "
                + "last failure: " + (Files.exists(cache.resolve("last-prepare-failure.log"))
                        ? Files.readString(cache.resolve("last-prepare-failure.log")) : "none"));
    }

    /** bin/jk6 holds a lock folder while it prepares. */
    private static boolean preparing(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(".lock-"));
        }
    }

    private static Path preparedRuntimeIn(Path cacheRoot) throws IOException {
        try (Stream<Path> files = Files.list(cacheRoot)) {
            return files.filter(p -> p.getFileName().toString().startsWith("runtime-")).findFirst().orElse(null);
        }
    }

    /** A copy of a prepared runtime (~250 MB), as a user's backup or a full disk's victim would be. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(source));
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
