package io.jk6.itests;

import io.jk6.launcher.spi.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code jk6 run ...} call with captured stdout and stderr, as the launcher would make it: its
 * working directory, and the environment the process would have ({@code K6_*} variables, nothing
 * inherited from the test's JVM).
 */
final class TestInvocation implements Invocation {

    private final List<String> args;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    TestInvocation(Path workingDirectory, String... args) {
        this(workingDirectory, Map.of(), List.of(args));
    }

    TestInvocation(Path workingDirectory, Map<String, String> environment, List<String> args) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.args = List.copyOf(args);
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public PrintStream out() {
        return outStream;
    }

    @Override
    public PrintStream err() {
        return errStream;
    }

    @Override
    public boolean isTerminal() {
        return false;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    private volatile Runnable onInterrupt;

    @Override
    public void onInterrupt(Runnable action) {
        this.onInterrupt = action;
    }

    /** What the launcher does on a first SIGINT or SIGTERM: the command's action, on a thread of its own. */
    void interrupt() {
        Runnable action = onInterrupt;
        if (action == null) {
            throw new IllegalStateException("the command registered no interrupt action (yet)");
        }
        Thread.ofVirtual().name("test-signal").start(action);
    }

    String stdout() {
        outStream.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        errStream.flush();
        return err.toString(StandardCharsets.UTF_8);
    }
}
