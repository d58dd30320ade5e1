package io.jk6.shell;

import io.jk6.launcher.spi.Invocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A command ({@code run}, {@code inspect}) called from the shell: the session's streams
 * and directory, the process environment; never a terminal, so a test in the background prints
 * plain progress lines instead of redrawing the shell's line. {@link #interrupt()} is the
 * shell's Ctrl-C for it.
 */
final class SessionInvocation implements Invocation {

    private final List<String> args;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private final AtomicReference<Runnable> onInterrupt = new AtomicReference<>();
    private final CompletableFuture<Long> started = new CompletableFuture<>();

    SessionInvocation(List<String> args, PrintStream out, PrintStream err, Path workingDirectory) {
        this.args = List.copyOf(args);
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public List<String> args() {
        return args;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public boolean isTerminal() {
        return false;
    }

    @Override
    public Map<String, String> environment() {
        return System.getenv();
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void onInterrupt(Runnable action) {
        onInterrupt.set(action);
    }

    @Override
    public void testStarted(long testId) {
        started.complete(testId);
    }

    /** The id of the test the command started, once it has ({@code jk6.test.id}). */
    CompletableFuture<Long> started() {
        return started;
    }

    /** What Ctrl-C does to the command; nothing before the command asked for it. */
    void interrupt() {
        Runnable action = onInterrupt.get();
        if (action != null) {
            action.run();
        }
    }
}
