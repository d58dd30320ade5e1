package io.jk6.e2e;

import static org.assertj.core.api.Assertions.fail;

import io.jk6.testing.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One run of the assembled distribution's {@code bin/jk6}, as a user would start it: {@code bash
 * bin/jk6 args...} in a working directory, with extra environment variables. Output goes to files
 * (no pipe can fill up and block jk6), and no run outlives its timeout: it is killed and the test
 * fails with what jk6 printed so far.
 */
final class Jk6Process {

    /** The distribution under test, {@code distribution/target/jk6}, set by the failsafe configuration. */
    static final Path JK6_HOME = Path.of(System.getProperty("jk6.home", "target/jk6")).toAbsolutePath();

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final List<String> args;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Path home = JK6_HOME;
    private Path workDir;
    private Path stdin = Path.of("/dev/null");
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean pipedStdin;

    private boolean sigintIgnored;

    private Jk6Process(List<String> args) {
        this.args = List.copyOf(args);
    }

    /** {@code bin/jk6 args...}. */
    static Jk6Process jk6(String... args) {
        return new Jk6Process(List.of(args));
    }

    /**
     * Runs {@code bin/jk6} of another distribution, such as a temporary copy with extensions added.
     * Its runs say {@code JK6_AOT=off} unless the test says otherwise: preparing a runtime for a copy
     * that lives for one test only takes the CPU from the next tests (~30 CPU-s in the background),
     * and the prepared runtime has tests of its own.
     */
    Jk6Process home(Path jk6Home) {
        this.home = jk6Home;
        return this;
    }

    /** The working directory: where relative script paths and {@code --summary-export} files are. */
    Jk6Process in(Path dir) {
        this.workDir = dir;
        return this;
    }

    /** What jk6 reads on stdin ({@code jk6 run -}); nothing by default. */
    Jk6Process stdin(Path file) {
        this.stdin = file;
        return this;
    }

    Jk6Process env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Jk6Process timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Starts jk6 with SIGINT ignored, as a non-interactive shell starts {@code jk6 run ... &}. */
    Jk6Process sigintIgnored() {
        this.sigintIgnored = true;
        return this;
    }

    /** stdin is a pipe the test writes to ({@link Running#send}) instead of /dev/null. */
    Jk6Process pipedStdin() {
        this.pipedStdin = true;
        return this;
    }

    /** Runs to the end and returns what jk6 printed and its exit code. */
    RunResult run() {
        return start().awaitExit();
    }

    /** Starts jk6 and returns at once, for tests that act on a running jk6 (signals). */
    Running start() {
        if (workDir == null) {
            throw new IllegalStateException("no working directory: call in(dir), e.g. with a @TempDir");
        }
        Path dir = workDir;
        Path bin = home.resolve("bin/jk6");
        if (!Files.isRegularFile(bin)) {
            fail("no distribution at %s: build it with mvn install (prepare-package assembles it)", home);
        }
        List<String> command = new ArrayList<>();
        if (sigintIgnored) {
            // trap "" sets SIG_IGN, which exec passes on, as `&` in a script does
            command.addAll(List.of("bash", "-c", "trap '' INT; exec bash \"$0\" \"$@\""));
        } else {
            command.add("bash");
        }
        command.add(bin.toString());
        command.addAll(args);
        try {
            Path outputDir = Files.createTempDirectory(dir, ".jk6-output-");
            Path stdout = outputDir.resolve("stdout.txt");
            Path stderr = outputDir.resolve("stderr.txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectInput(pipedStdin ? ProcessBuilder.Redirect.PIPE
                            : ProcessBuilder.Redirect.from(stdin.toFile()))
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("K6_") || name.equals("JK6_HOME"));
            if (!home.equals(JK6_HOME)) {
                builder.environment().put("JK6_AOT", "off");
            }
            builder.environment().putAll(env);
            return new Running(String.join(" ", command), builder.start(), stdout, stderr, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** A started jk6. */
    static final class Running {

        private final String command;
        private final Process process;
        private final Path stdout;
        private final Path stderr;
        private final Duration timeout;
        private final long startNanos = System.nanoTime();

        private Running(String command, Process process, Path stdout, Path stderr, Duration timeout) {
            this.command = command;
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
            this.timeout = timeout;
        }

        /** The pid of the JVM: bin/jk6 {@code exec}s java, so the shell's pid is the JVM's. */
        long pid() {
            return process.pid();
        }

        String stderrSoFar() {
            return read(stderr);
        }

        String stdoutSoFar() {
            return read(stdout);
        }

        /** Waits (at most the timeout) until stderr shows {@code text}, e.g. a console.log from default(). */
        void awaitStderr(String text) {
            await(this::stderrSoFar, s -> s.contains(text), "stderr to contain \"" + text + "\"");
        }

        /** Waits (at most the timeout) until stdout shows {@code text}. */
        void awaitStdout(String text) {
            await(this::stdoutSoFar, s -> s.contains(text), "stdout to contain \"" + text + "\"");
        }

        /** Writes a line to jk6's stdin (see {@link Jk6Process#pipedStdin()}). */
        void send(String line) {
            try {
                process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to jk6's stdin\n" + describe(), e);
            }
        }

        /** Ends jk6's stdin (end of input). */
        void closeStdin() {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void await(java.util.function.Supplier<String> output, Predicate<String> condition, String what) {
            long deadline = startNanos + timeout.toNanos();
            while (!condition.test(output.get())) {
                if (!process.isAlive()) {
                    fail("jk6 exited (%d) while waiting for %s%n%s", process.exitValue(), what, describe());
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    fail("timed out after %s waiting for %s%n%s", timeout, what, describe());
                }
                sleepMillis(50);
            }
        }

        /** {@code kill -SIGNAL pid}, e.g. "INT" or "TERM". */
        void signal(String signal) {
            try {
                int rc = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start().waitFor();
                if (rc != 0) {
                    fail("kill -%s %d failed with %d", signal, pid(), rc);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits for the exit, at most the timeout; kills jk6 and fails the test past it. */
        RunResult awaitExit() {
            long remaining = startNanos + timeout.toNanos() - System.nanoTime();
            try {
                if (!process.waitFor(Math.max(remaining, 0), TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                    fail("jk6 did not exit within %s and was killed%n%s", timeout, describe());
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for jk6", e);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            return new RunResult(command, process.exitValue(), read(stdout), read(stderr), elapsed);
        }

        private String describe() {
            return "command: " + command + "\n--- stdout ---\n" + read(stdout) + "\n--- stderr ---\n" + read(stderr);
        }

        private static void sleepMillis(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
