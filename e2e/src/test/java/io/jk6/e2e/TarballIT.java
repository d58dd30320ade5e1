package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release tarball as a user installs it: {@code tar xzf jk6-VERSION.tar.gz} into a folder whose
 * path has a space, then {@code bin/jk6} started from other working directories, with
 * {@code JAVA_OPTS}, {@code JK6_HOME} and {@code JAVA_HOME}.
 */
class TarballIT {

    private static final Path TARBALL = Path.of(System.getProperty("jk6.tarball", "target/jk6.tar.gz"));

    @TempDir
    static Path installDir;

    /** The unpacked top folder, e.g. {@code .../opt with space/jk6-0.1.0}. */
    private static Path home;

    @TempDir
    Path work;

    @BeforeAll
    static void unpack() throws Exception {
        assertThat(TARBALL).as("the tarball (built in the package phase)").isRegularFile();
        Path target = Files.createDirectories(installDir.resolve("opt with space"));
        Process tar = new ProcessBuilder("tar", "xzf", TARBALL.toString(), "-C", target.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).as("tar finished").isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes())).isZero();
        try (var top = Files.list(target)) {
            var folders = top.toList();
            assertThat(folders).as("one top folder").hasSize(1);
            home = folders.get(0);
        }
        String name = TARBALL.getFileName().toString().replace(".tar.gz", "");
        assertThat(home.getFileName().toString()).isEqualTo(name);
    }

    @Test
    void unpacksToTheDocumentedLayout() throws IOException {
        for (String folder : new String[] {"bin", "lib", "lib/graal", "lib/jvmci", "bundles", "conf", "deploy",
                "extensions", "examples"}) {
            assertThat(home.resolve(folder)).as(folder).isDirectory();
        }
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/jk6")))
                .containsAll(PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThat(home.resolve("deploy/README.md")).content().contains("*.cfg", "io.jk6.run.cfg");
        assertThat(home.resolve("conf/framework.properties")).content().contains("felix.fileinstall.poll");
        assertThat(home.resolve("examples/demo.js")).isRegularFile();
        try (var jars = Files.list(home.resolve("extensions"))) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("jk6-ext-logger-"))
                    .anyMatch(n -> n.startsWith("jk6-ext-compare-"));
        }
    }

    /** What ./demo.sh does, from the unpacked tarball and from another working directory. */
    @Test
    void theDemoRunsAgainstTheTestServerFromAnotherDirectory() throws Exception {
        var server = jk6("testserver", "--port", "0").home(home).in(work).timeout(Duration.ofSeconds(90)).start();
        try {
            server.awaitStdout("listening on");
            Matcher url = Pattern.compile("listening on (http://\\S+)").matcher(server.stdoutSoFar());
            assertThat(url.find()).isTrue();

            var result = jk6("run", "-e", "TARGET=" + url.group(1), home.resolve("examples/demo.js").toString())
                    .home(home).in(work).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stdout()).contains("checks", "http_reqs", "json_latency")
                    .contains("✓ status is 200", "✓ json has items")
                    .doesNotContain("✗");
        } finally {
            server.signal("TERM");
        }
    }

    /** Several options in JAVA_OPTS, each reaching the JVM: a heap size and a framework property. */
    @Test
    void javaOptsWithSeveralOptionsReachTheJvm() throws IOException {
        Path extensions = Files.createDirectories(work.resolve("my-extensions"));
        try (var jars = Files.list(home.resolve("extensions"))) {
            Path logger = jars.filter(p -> p.getFileName().toString().startsWith("jk6-ext-logger-")).findFirst()
                    .orElseThrow();
            Files.copy(logger, extensions.resolve(logger.getFileName()));
        }
        Scripts.write(work, "script.js", "export default function () {}\n");

        var result = jk6("run", "-i", "1", "--out", "logger", "script.js").home(home).in(work)
                .env("JAVA_OPTS", "-Xmx123m  -XX:+PrintCommandLineFlags\t-Dfelix.fileinstall.dir=" + extensions)
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as("-Xmx123m applied").contains("-XX:MaxHeapSize=128974848");
        assertThat(result.output()).as("the logger extension, deployed from -Dfelix.fileinstall.dir")
                .contains("metric=iterations");
    }

    /** bin/jk6 copied elsewhere finds jk6 through JK6_HOME; a symlink to it needs nothing. */
    @Test
    void jk6HomeNamesTheDistribution() throws IOException {
        Path copy = Files.createDirectories(work.resolve("elsewhere/bin"));
        Files.copy(home.resolve("bin/jk6"), copy.resolve("jk6"));
        Path linked = Files.createDirectories(work.resolve("linked/bin"));
        Files.createSymbolicLink(linked.resolve("jk6"), home.resolve("bin/jk6"));

        var withHome = jk6("version").home(work.resolve("elsewhere")).in(work).env("JK6_HOME", home.toString()).run();
        var withoutHome = jk6("version").home(work.resolve("elsewhere")).in(work).run();
        var throughLink = jk6("version").home(work.resolve("linked")).in(work).run();

        assertThat(withHome.exitCode()).as(withHome.toString()).isZero();
        assertThat(withHome.stdout()).contains("JIT compiler active");
        assertThat(withoutHome.exitCode()).as(withoutHome.toString()).isEqualTo(1);
        assertThat(withoutHome.stderr()).contains("is not a jk6 folder");
        assertThat(throughLink.exitCode()).as(throughLink.toString()).isZero();
        assertThat(throughLink.stdout()).contains("JIT compiler active");
    }

    /** JAVA_HOME chooses the JVM: a JDK 25 wrapped by a script that says it ran. */
    @Test
    void javaHomeChoosesTheJdk() throws IOException {
        Path realJdk = Path.of(System.getProperty("java.home"));
        Path fakeJdk = Files.createDirectories(work.resolve("my jdk/bin"));
        Files.copy(realJdk.resolve("release"), fakeJdk.getParent().resolve("release"));
        Path java = fakeJdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java from JAVA_HOME\" >&2\nexec '" + realJdk.resolve("bin/java")
                + "' \"$@\"\n");
        java.toFile().setExecutable(true);

        var result = jk6("version").home(home).in(work).env("JAVA_HOME", fakeJdk.getParent().toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("java from JAVA_HOME");
        assertThat(result.stdout()).contains("JIT compiler active");
    }
}
