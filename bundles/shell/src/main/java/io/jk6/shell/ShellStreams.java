package io.jk6.shell;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandSession;
import org.jline.reader.LineReader;

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

    /**
     * Where work in the background writes: above the prompt while the line editor is reading
     * (interactive shell), else {@code stream} itself.
     */
    static PrintStream background(CommandSession session, PrintStream stream) {
        return session.get(Shell.VAR_READER) instanceof LineReader reader
                ? new PrintStream(new AboveThePrompt(reader), true, StandardCharsets.UTF_8) : stream;
    }
}
