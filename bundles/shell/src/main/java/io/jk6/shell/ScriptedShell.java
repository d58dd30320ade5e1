package io.jk6.shell;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.felix.gogo.runtime.EOFError;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/**
 * {@code jk6 shell -c 'command'} and {@code jk6 shell < commands}: Gogo commands without a
 * terminal. Results go to stdout, errors to stderr; a failing command makes the exit status
 * non-zero (its own code when it has one, such as 107 from {@code jk6:inspect}), and so does a
 * test started with {@code jk6:run} that fails. Tests still running when the input ends are
 * waited for.
 */
final class ScriptedShell {

    /** k6's exit code for a test stopped by a signal. */
    static final int EXTERNAL_ABORT = 105;

    private final CommandProcessor processor;
    private final BackgroundRuns runs;
    private final PrintStream out;
    private final PrintStream err;
    private final java.nio.file.Path directory;
    private volatile boolean interrupted;
    private volatile boolean exitRequested;
    private volatile Thread loop;

    ScriptedShell(CommandProcessor processor, BackgroundRuns runs, PrintStream out, PrintStream err,
            java.nio.file.Path directory) {
        this.processor = processor;
        this.runs = runs;
        this.out = out;
        this.err = err;
        this.directory = directory;
    }

    /** Runs one program ({@code -c}). */
    int runOne(String program) throws InterruptedException {
        try (CommandSession session = session(new ByteArrayInputStream(new byte[0]))) {
            int status = execute(session, program);
            return finish(status);
        }
    }

    /**
     * Runs each line of {@code in} as it arrives; a line that leaves a closure or quote open is
     * joined with the next ones.
     */
    int runLines(InputStream in) throws InterruptedException {
        BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().name("jk6-shell-stdin").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(Optional.of(line));
                }
            } catch (IOException e) {
                err.println("jk6 shell: reading stdin: " + e.getMessage());
            }
            lines.add(Optional.empty());
        });
        loop = Thread.currentThread();
        int status = 0;
        try (CommandSession session = session(new ByteArrayInputStream(new byte[0]))) {
            StringBuilder program = new StringBuilder();
            while (!interrupted && !exitRequested) {
                Optional<String> line;
                try {
                    line = lines.take();
                } catch (InterruptedException e) {
                    break; // Ctrl-C: stop reading, wait for the tests below
                }
                if (line.isEmpty()) {
                    if (!program.toString().isBlank()) {
                        status = worst(status, execute(session, program.toString()));
                    }
                    break;
                }
                program.append(line.get()).append('\n');
                if (isIncomplete(session, program)) {
                    continue;
                }
                status = worst(status, execute(session, program.toString()));
                program.setLength(0);
            }
        } finally {
            reader.interrupt();
            Thread.interrupted(); // a Ctrl-C interrupt is handled: waiting for the tests comes next
        }
        return finish(interrupted && status == 0 ? EXTERNAL_ABORT : status);
    }

    /** {@code exit}: read no more commands once the current one is done; tests keep running to their end. */
    void exit() {
        exitRequested = true;
    }

    /** Ctrl-C: stop the tests started here and read no more commands. */
    void interrupt() {
        interrupted = true;
        runs.stopAll();
        Thread t = loop;
        if (t != null) {
            t.interrupt();
        }
    }

    private CommandSession session(InputStream in) {
        CommandSession session = processor.createSession(in, out, err);
        session.put(ShellStreams.ERR, err);
        session.put("SCOPE", ShellCommand.SCOPE);
        session.currentDir(directory);
        return session;
    }

    /** True when the text so far ends inside a closure, list or quote: wait for more lines. */
    private static boolean isIncomplete(CommandSession session, CharSequence program) {
        try {
            new org.apache.felix.gogo.runtime.Parser(program).program();
            return false;
        } catch (EOFError e) {
            return true;
        } catch (RuntimeException e) {
            return false; // a syntax error: executing it reports it
        }
    }

    /** Executes and prints the result; returns the status (0, the command's code, or 1). */
    int execute(CommandSession session, String program) {
        try {
            Object result = session.execute(program);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            err.println("jk6 shell: " + e.getMessage());
            return e.exitCode();
        } catch (Exception e) {
            err.println("jk6 shell: " + message(e));
            return 1;
        } finally {
            err.flush();
        }
    }

    private int finish(int status) throws InterruptedException {
        int tests = runs.awaitAll();
        return status != 0 ? status : tests;
    }

    private static int worst(int status, int next) {
        return status != 0 ? status : next;
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        boolean plain = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e.getClass().getSimpleName().equals("CommandNotFoundException");
        if (message == null || message.isBlank()) {
            return e.getClass().getName();
        }
        return plain ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
