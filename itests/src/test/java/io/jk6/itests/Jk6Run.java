package io.jk6.itests;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One {@code jk6 COMMAND args...} through the engine's {@link Command} service in this framework, as
 * the launcher makes it for a process: a working directory, the process's environment (only what the
 * test gives: no {@code K6_*} variable leaks in from the test's JVM), stdout and stderr captured. The
 * in-framework counterpart of the end-to-end tests' {@code Jk6Process}; the command comes from
 * osgi-test's {@code @InjectService}.
 */
final class Jk6Run {

    /** The filter of the engine's {@code run} command, for {@code @InjectService}. */
    static final String RUN = "(" + Command.NAME + "=run)";

    private final Command command;
    private final List<String> args;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Path workDir;

    private Jk6Run(Command command, List<String> args) {
        this.command = command;
        this.args = List.copyOf(args);
    }

    /** {@code jk6 COMMAND args...}, where {@code command} is the injected Command service. */
    static Jk6Run jk6(Command command, String... args) {
        return new Jk6Run(command, List.of(args));
    }

    /** The working directory: where relative script paths and {@code --summary-export} files are. */
    Jk6Run in(Path dir) {
        this.workDir = dir;
        return this;
    }

    Jk6Run env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs to the end (the test class's {@code @Timeout} bounds it) and returns what jk6 printed. */
    RunResult run() {
        TestInvocation invocation = invocation();
        long start = System.nanoTime();
        int exit = command.execute(invocation);
        return result(invocation, exit, start);
    }

    /** Starts it on a thread of its own: for a test that talks to it (the REST API) or signals it. */
    Running start() {
        return new Running(invocation());
    }

    private TestInvocation invocation() {
        if (workDir == null) {
            throw new IllegalStateException("no working directory: call in(dir), e.g. with a @TempDir");
        }
        return new TestInvocation(workDir, env, args);
    }

    private RunResult result(TestInvocation invocation, int exit, long start) {
        List<String> line = new ArrayList<>(List.of("jk6"));
        line.addAll(args);
        return new RunResult(String.join(" ", line) + (env.isEmpty() ? "" : " with " + env), exit,
                invocation.stdout(), invocation.stderr(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** A command running in the background, on a daemon thread. */
    final class Running {

        private final TestInvocation invocation;
        private final long start = System.nanoTime();
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        private Running(TestInvocation invocation) {
            this.invocation = invocation;
            Thread.ofPlatform().name("jk6-command").daemon().start(() -> {
                try {
                    exit.complete(command.execute(invocation));
                } catch (Throwable e) {
                    exit.completeExceptionally(e);
                }
            });
        }

        /** A first SIGINT, as the launcher relays it. */
        void interrupt() {
            invocation.interrupt();
        }

        boolean isDone() {
            return exit.isDone();
        }

        /** What it printed on stdout so far. */
        String stdout() {
            return invocation.stdout();
        }

        /** What it printed on stderr so far. */
        String stderr() {
            return invocation.stderr();
        }

        /** Waits until stderr holds {@code text} (the test class's {@code @Timeout} bounds it). */
        void awaitStderr(String text) throws InterruptedException {
            while (!invocation.stderr().contains(text)) {
                if (exit.isDone()) {
                    throw new AssertionError("ended without printing \"" + text + "\" on stderr:\n" + invocation.stderr());
                }
                Thread.sleep(20);
            }
        }

        /** Waits for its end (the test class's {@code @Timeout} bounds it). */
        RunResult await() throws Exception {
            return result(invocation, exit.get(), start);
        }
    }
}
