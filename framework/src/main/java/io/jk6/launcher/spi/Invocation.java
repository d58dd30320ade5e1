package io.jk6.launcher.spi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One call of a {@link Command}: its arguments, streams and environment. */
public interface Invocation {

    /** The arguments after the command name. */
    List<String> args();

    PrintStream out();

    PrintStream err();

    /** True when stdout is an interactive terminal (live progress, colours). */
    boolean isTerminal();

    /** The process environment (for {@code K6_*} variables and {@code __ENV}). */
    Map<String, String> environment();

    /** The directory relative paths on the command line resolve against. */
    Path workingDirectory();

    /**
     * Registers what to do on Ctrl-C (SIGINT/SIGTERM). The first signal calls it; a second
     * signal ends the process at once.
     */
    void onInterrupt(Runnable action);

    /**
     * Called by a command that runs a test once the test is prepared and about to run, with the id
     * of its {@code RunningTest} service ({@code jk6.test.id}): a caller that runs commands in the
     * background (the shell's {@code jk6:run}) learns which test it started. Does nothing by default.
     *
     * @since 1.1
     */
    default void testStarted(long testId) {
    }
}
