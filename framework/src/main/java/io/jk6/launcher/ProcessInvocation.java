package io.jk6.launcher;

import io.jk6.launcher.spi.Invocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The {@link Invocation} of the jk6 process itself. */
final class ProcessInvocation implements Invocation {

    private final List<String> args;
    private final PrintStream out;
    private final PrintStream err;
    private final SignalRelay signals;

    ProcessInvocation(List<String> args, PrintStream out, PrintStream err, SignalRelay signals) {
        this.args = List.copyOf(args);
        this.out = out;
        this.err = err;
        this.signals = signals;
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
        // Since JDK 22 System.console() exists even when redirected; Console.isTerminal() (22+) tells.
        // Called reflectively because the launcher compiles for 21 like the bundles that use the SPI.
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public Map<String, String> environment() {
        return System.getenv();
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    @Override
    public void onInterrupt(Runnable action) {
        signals.onFirstSignal(action);
    }
}
