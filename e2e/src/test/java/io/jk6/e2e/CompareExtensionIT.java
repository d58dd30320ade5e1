package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference extension {@code k6/x/compare}, shipped in {@code extensions/}, added to a copy of
 * the distribution (the built one stays as it is) and imported by a script under bin/jk6.
 */
class CompareExtensionIT {

    @TempDir
    Path dir;

    @Test
    void extensionsAreShippedButNotInstalled() throws IOException {
        assertThat(extensionJar(Jk6Process.JK6_HOME)).exists();
        try (Stream<Path> bundles = Files.list(Jk6Process.JK6_HOME.resolve("bundles"))) {
            assertThat(bundles.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("jk6-ext-compare"));
        }
    }

    @Test
    void scriptsImportTheCompareModulesWithTheJsMapping() throws IOException {
        Path home = distributionWithCompare();
        Scripts.write(dir, "script.js", """
                import compare from 'k6/x/compare';
                import { isGreater } from 'k6/x/compare';
                import advanced from 'k6/x/compare/advanced';
                export const options = { vus: 1, iterations: 2 };
                export default function () {
                  const state = advanced.getInternalState();
                  const c = new advanced.Comparator(0.5);
                  console.log(`compare ${compare.isGreater(2, 1)} ${isGreater(1, 2)}`
                    + ` state ${state.vu_id}/${state.iteration}/${state.active_vus}`
                    + ` comparator ${c.margin} ${c.isGreater(2, 1)} ${c.isClose(1.2, 1)}`);
                  try { new advanced.Comparator(-1); } catch (e) { console.log(`error ${e instanceof Error} ${e.message}`); }
                }
                """);

        var result = jk6("run", "script.js").home(home).in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        // active_vus is the test's VU.executionState().activeVUs(): the one VU running
        assertThat(result.stderr())
                .contains("compare true false state 1/0/1 comparator 0.5 true true")
                .contains("compare true false state 1/1/1 comparator 0.5 true true")
                .contains("error true the margin must not be negative: -1.0");
    }

    /**
     * A copy of the distribution with the compare extension installed. The launcher installs only
     * {@code bundles/} at start for now, so the jar goes there; once {@code deploy/} is installed
     * too (FileInstall), this is where it belongs.
     */
    @Test
    void removingTheJarFromDeployMakesTheImportFailClearly() throws IOException {
        Path home = distributionWithCompare();
        Scripts.write(dir, "script.js", """
                import compare from 'k6/x/compare';
                export default function () { if (!compare.isGreater(2, 1)) throw new Error('wrong'); }
                """);
        assertThat(jk6("run", "-q", "script.js").home(home).in(dir).run().exitCode()).isZero();

        try (Stream<Path> jars = Files.list(home.resolve("deploy"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        }
        var result = jk6("run", "-q", "script.js").home(home).in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(107);
        assertThat(result.stderr()).contains("unknown module k6/x/compare; available modules: k6, k6/crypto, k6/data, k6/encoding, k6/execution, k6/experimental/csv, k6/experimental/fs, k6/experimental/grpc, k6/experimental/streams, k6/experimental/timers, k6/experimental/tracing, k6/experimental/webcrypto, k6/experimental/websockets, k6/html, k6/http, k6/metrics, k6/net/grpc, k6/secrets, k6/timers, k6/websockets, k6/ws");
    }

    /**
     * A copy of the built distribution with the compare extension in deploy/, as a user would put it.
     */
    private Path distributionWithCompare() throws IOException {
        Path home = dir.resolve("jk6");
        copyTree(Jk6Process.JK6_HOME, home);
        Path jar = extensionJar(home);
        Files.copy(jar, home.resolve("deploy").resolve(jar.getFileName()));
        return home;
    }

    private static Path extensionJar(Path jk6Home) throws IOException {
        try (Stream<Path> files = Files.list(jk6Home.resolve("extensions"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("jk6-ext-compare.*\\.jar")).toList();
            assertThat(jars).as("the compare extension in %s/extensions", jk6Home).hasSize(1);
            return jars.get(0);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
