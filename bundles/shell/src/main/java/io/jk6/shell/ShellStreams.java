package io.jk6.shell;

import java.io.PrintStream;
import org.apache.felix.service.command.CommandSession;

/**
 * The session's output streams, for work that outlives the command (a test in the background).
 * Gogo redirects {@code System.out}/{@code err} per thread while a command runs; a thread the
 * command starts must be handed the streams instead.
 */
final class ShellStreams {

    /** Session variable holding the session's error stream (set by jk6 shell). */
    static final String ERR = ".jk6.err";

    private ShellStreams() {
    }

    static PrintStream out(CommandSession session) {
        return session.getConsole();
    }

    static PrintStream err(CommandSession session) {
        return session.get(ERR) instanceof PrintStream err ? err : session.getConsole();
    }
}
