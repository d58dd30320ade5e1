package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code jk6 run} does with the jars in {@code deploy/} at start-up: each that cannot be
 * used is reported in one line naming it, and the run goes on without delay.
 */
class DeployFolderIT {

    @TempDir
    Path dir;

    /** A jk6 home sharing the built distribution's files but with a deploy/ folder of its own. */
    private Path home() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String part : new String[] {"bin", "lib", "bundles"}) {
            Files.createSymbolicLink(home.resolve(part), Jk6Process.JK6_HOME.resolve(part));
        }
        Files.createDirectories(home.resolve("deploy"));
        return home;
    }

    @Test
    void unusableJarsAreReportedByNameAndTheRunGoesOn() throws Exception {
        Path home = home();
        jar(home.resolve("deploy/not-a-bundle.jar"), null);
        jar(home.resolve("deploy/unresolvable.jar"), "demo.unresolvable");
        Scripts.write(dir, "script.js", "import { sleep } from 'k6';\nexport default function () { sleep(0.01); }\n");

        long start = System.nanoTime();
        var result = jk6("run", "-q", "script.js").in(dir).env("JK6_HOME", home.toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr())
                .contains("deploy/not-a-bundle.jar is not an OSGi bundle")
                .contains("deploy/unresolvable.jar (demo.unresolvable) cannot start")
                .contains("osgi.wiring.package=com.example.missing");
        assertThat(result.stdout()).contains("iterations");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no waiting for jars that can never start")
                .isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aCfgFileInDeployChoosesTheOutputsWithoutFlags() throws Exception {
        Path home = home();
        Files.writeString(home.resolve("deploy/io.jk6.run.cfg"), "out = json=from-cfg.json\n");
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var result = jk6("run", "-i", "3", "script.js").in(dir).env("JK6_HOME", home.toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as(result.toString()).contains("output: json (from-cfg.json)");
        assertThat(Files.readAllLines(dir.resolve("from-cfg.json")))
                .filteredOn(line -> line.contains("\"type\":\"Point\"") && line.contains("\"metric\":\"iterations\""))
                .hasSize(3);
    }

    /** A jar; with a symbolic name it is a bundle importing a package nobody exports. */
    private static void jar(Path file, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            a.putValue("Bundle-ManifestVersion", "2");
            a.putValue("Bundle-SymbolicName", symbolicName);
            a.putValue("Bundle-Version", "1.0.0");
            a.putValue("Import-Package", "com.example.missing");
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("jk6 test jar".getBytes());
        }
    }
}
