package io.jk6.itests;

import io.jk6.launcher.spi.Invocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One {@code jk6 run ...} call with captured stdout and stderr, as the launcher would make it. */
final class TestInvocation implements Invocation {

    private final List<String> args;
    private final Path workingDirectory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    TestInvocation(Path workingDirectory, String... args) {
        this.workingDirectory = workingDirectory;
        this.args = List.of(args);
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
        return Map.of();
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void onInterrupt(Runnable action) {
        // no signals in a test
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
