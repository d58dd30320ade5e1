package io.jk6.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jk6.testing.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an extension author does, end to end: {@code mvn archetype:generate} of this archetype, then
 * {@code mvn package} of the project (its tests on jk6-testing run), offline from the local repository
 * this build installed jk6 into; the bundle copied into the {@code deploy/} folder of the distribution
 * built before, and {@code bin/jk6 run} of the project's script, importing its module and with its output.
 */
class GeneratedExtensionIT {

    private static final Path MAVEN_HOME = Path.of(System.getProperty("maven.home", "/usr/share/maven"));
    private static final Path REPOSITORY = Path.of(System.getProperty("it.repository",
            System.getProperty("user.home") + "/.m2/repository"));
    private static final Path JK6_HOME = Path.of(System.getProperty("jk6.home", "../distribution/target/jk6"))
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aGeneratedModuleAndOutputBuildTestAndRunInJk6() throws IOException {
        Path project = generate("both", "org.example.greeter", "greeter-ext", "hello-it");
        assertThat(project.resolve("README.md")).content().contains("`k6/x/hello-it`").contains("--out hello-it");

        RunResult build = maven(project, Duration.ofMinutes(4), "package");
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(build.stdout()).as(build.toString())
                .contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
        Path jar = project.resolve("target/greeter-ext-0.1.0-SNAPSHOT.jar");
        assertThat(jar).exists();

        Path home = homeWith(jar);
        RunResult run = jk6(home, project, "run", "--out", "hello-it", "script.js");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stderr()).as(run.toString()).contains("Hello, jk6! (VU ");
        assertThat(run.stdout()).as("the banner names the output, the summary the module's metric; " + run)
                .contains("output: hello-it")
                .contains("hello_it_greetings");
        assertThat(run.stdout().lines().filter(l -> l.startsWith("hello-it: ")).toList()).as(run.toString())
                .singleElement().asString().matches("hello-it: \\d+ samples:.* hello_it_greetings=4 .*iterations=4.*");
    }

    @Test
    void aModuleOrAnOutputAloneHasOnlyItsOwnClasses() throws IOException {
        // side by side: each is mostly a Maven starting
        CompletableFuture<Path> generatingModule = CompletableFuture.supplyAsync(
                () -> generate("module", "org.example.m", "m-ext", "m"));
        Path output = generate("output", "org.example.o", "o-ext", "o");
        Path module = generatingModule.join();

        assertThat(javaFiles(module)).containsExactlyInAnyOrder("MModule.java", "MModuleTest.java");
        assertThat(javaFiles(output)).containsExactlyInAnyOrder(
                "OOutputFactory.java", "OOutput.java", "OOutputTest.java");
        assertThat(output.resolve("script.js")).content().doesNotContain("import");
        assertThat(module.resolve("README.md")).content().doesNotContain("--out");
    }

    /** {@code mvn archetype:generate}, as docs/extensions.md gives it, in batch mode. */
    private Path generate(String kind, String groupId, String artifactId, String name) {
        RunResult generated = maven(dir, Duration.ofMinutes(2),
                System.getProperty("it.archetype.plugin", "org.apache.maven.plugins:maven-archetype-plugin:3.4.1")
                        + ":generate",
                "-DarchetypeGroupId=io.jk6", "-DarchetypeArtifactId=jk6-extension-archetype",
                "-DarchetypeVersion=" + System.getProperty("it.archetype.version", "0.1.0-SNAPSHOT"),
                "-DgroupId=" + groupId, "-DartifactId=" + artifactId, "-Dname=" + name, "-Dkind=" + kind);
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        Path project = dir.resolve(artifactId);
        assertThat(project.resolve("pom.xml")).exists();
        return project;
    }

    private static List<String> javaFiles(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Maven offline, on the local repository of the build running this test. */
    private static RunResult maven(Path workDir, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(MAVEN_HOME.resolve("bin/mvn").toString(), "-B", "-o",
                "--no-transfer-progress", "-Dmaven.repo.local=" + REPOSITORY));
        command.addAll(List.of(args));
        // C1 only and the serial collector, as the build's own Maven (.mvn/jvm.config): a short Maven's CPU
        return exec(command, workDir, Map.of("JAVA_HOME", System.getProperty("java.home"),
                "MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), timeout);
    }

    /** {@code bin/jk6} of a home whose parts are the built distribution's, with a deploy/ of its own. */
    private RunResult jk6(Path home, Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/jk6").toString()));
        command.addAll(List.of(args));
        return exec(command, workDir, Map.of("JAVA_HOME", System.getProperty("java.home"), "JK6_HOME", home.toString()),
                Duration.ofMinutes(1));
    }

    private Path homeWith(Path jar) throws IOException {
        if (!Files.isRegularFile(JK6_HOME.resolve("bin/jk6"))) {
            fail("no distribution at %s: build it first (mvn install, or verify from the root)", JK6_HOME);
        }
        Path home = Files.createDirectories(dir.resolve("jk6"));
        for (String part : new String[] {"bin", "lib", "bundles", "conf", "extensions"}) {
            Files.createSymbolicLink(home.resolve(part), JK6_HOME.resolve(part));
        }
        Files.copy(jar, Files.createDirectories(home.resolve("deploy")).resolve(jar.getFileName()));
        return home;
    }

    private static RunResult exec(List<String> command, Path workDir, Map<String, String> env, Duration timeout) {
        long start = System.nanoTime();
        try {
            Path output = Files.createTempDirectory(workDir, ".out-");
            Path stdout = output.resolve("stdout.txt");
            Path stderr = output.resolve("stderr.txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(n -> n.startsWith("K6_") || n.equals("JK6_HOME")
                    || n.equals("MAVEN_OPTS") || n.equals("MAVEN_ARGS"));
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            RunResult result = new RunResult(String.join(" ", command), exited ? process.exitValue() : -1,
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - start));
            if (!exited) {
                fail("timed out after %s%n%s", timeout, result);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
