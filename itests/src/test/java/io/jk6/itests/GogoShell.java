package io.jk6.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/** Runs shell commands ({@code jk6:modules}) through Gogo, as a user at the jk6 shell does. */
final class GogoShell {

    private final CommandProcessor processor;

    GogoShell(CommandProcessor processor) {
        this.processor = processor;
    }

    /** The command's result as the shell prints it; what it wrote to its streams is discarded. */
    String execute(String command) throws Exception {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(ignored, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out)) {
            return String.valueOf(session.execute(command));
        }
    }

    /**
     * Runs {@code command} until its output satisfies {@code until} (SCR and FileInstall work in
     * their own time), within {@link Modules#TIMEOUT_MILLIS}; fails with the last output.
     */
    String awaitOutput(String command, Predicate<String> until) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Modules.TIMEOUT_MILLIS);
        String output = null;
        Exception failure = null;
        while (System.nanoTime() < deadline) {
            try {
                output = execute(command);
                failure = null;
                if (until.test(output)) {
                    return output;
                }
            } catch (IllegalArgumentException e) {
                failure = e; // "Command not found": the shell bundle's components are still coming up
            }
            Thread.sleep(100);
        }
        throw new AssertionError(command + " never printed what was expected; last output:\n" + output, failure);
    }
}
