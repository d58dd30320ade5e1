package io.jk6.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code jk6 shell} on a terminal: gogo.jline's line editor (history in {@code ~/.gogo.history},
 * Tab completion of commands, Ctrl-C to interrupt the command in the foreground) on the process's
 * console. Ctrl-D or {@code exit} leaves; tests still running are stopped first, and their
 * summaries printed.
 */
final class InteractiveShell {

    private final CommandProcessor processor;
    private final Shell shell;
    private final BackgroundRuns runs;
    private final Path directory;

    InteractiveShell(CommandProcessor processor, Shell shell, BackgroundRuns runs, Path directory) {
        this.processor = processor;
        this.shell = shell;
        this.runs = runs;
        this.directory = directory;
    }

    int run() throws Exception {
        try (Terminal terminal = systemTerminal()) {
            CommandSession session = processor.createSession(terminal.input(), terminal.output(), terminal.output());
            PrintStream console = new PrintStream(terminal.output(), true);
            session.put(Shell.VAR_TERMINAL, terminal);
            session.put(ShellStreams.ERR, console);
            session.put("SCOPE", ShellCommand.SCOPE);
            session.put("prompt", "jk6> ");
            session.currentDir(directory);
            terminal.writer().println("jk6 shell: jk6:modules, jk6:run script.js, jk6:status, jk6:stop, help;"
                    + " Tab completes, Ctrl-D leaves.");
            terminal.flush();
            try {
                shell.gosh(session, new String[] {"--login", "--noshutdown"});
            } finally {
                if (!runs.isEmpty()) {
                    console.println("jk6 shell: stopping the tests still running (Ctrl-C again to abort at once)");
                    // the line editor no longer handles Ctrl-C: a second one ends jk6 as in jk6 run
                    terminal.handle(Terminal.Signal.INT, signal -> Runtime.getRuntime().halt(ScriptedShell.EXTERNAL_ABORT));
                    runs.stopAll();
                }
                runs.awaitAll(); // the terminal stays open: the tests' summaries are printed on it
                session.close();
            }
        } catch (IOException e) {
            throw new IOException("cannot open the terminal: " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * The process's terminal, as gogo.jline's activator builds it (OS signals reach the line
     * editor: Ctrl-C, window size). jline finds its terminal providers (ffm, exec, ...) through
     * the context class loader, which must be jline's own bundle: with any other it finds none
     * and falls back to a dumb terminal without completion.
     */
    private static Terminal systemTerminal() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TerminalBuilder.class.getClassLoader());
        try {
            return TerminalBuilder.builder().name("jk6").system(true).nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
