package io.jk6.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/**
 * One Gogo session kept open across commands, as a user's {@code jk6 shell}: a working directory,
 * and its output and errors captured, including what tests started in the background print after
 * the command that started them has returned.
 */
final class GogoSession implements AutoCloseable {

    /** The session variable jk6 shell sets to its error stream, so background tests write errors there. */
    private static final String ERR = ".jk6.err";

    /** How long a change may take to show: FileInstall polls, VUs take a while to start. */
    private static final long PATIENCE_MILLIS = TimeUnit.SECONDS.toMillis(45);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandSession session;

    GogoSession(CommandProcessor processor, Path directory) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), outStream, errStream);
        session.put(ERR, errStream);
        session.currentDir(directory);
    }

    /**
     * Waits until {@code command} exists: the shell bundle's components come up in their own time
     * ("Command not found" is an IllegalArgumentException); returns this session.
     */
    GogoSession awaitCommand(String command) throws InterruptedException {
        await(() -> {
            try {
                execute(command);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            } catch (Exception e) {
                return true; // it exists, and failed for a reason of its own
            }
        }, () -> command + " to exist");
        return this;
    }

    /** Runs {@code command}; returns its result as the shell prints it ("" for none); a failure is thrown. */
    String execute(String command) throws Exception {
        Object result = session.execute(command);
        return result == null ? "" : String.valueOf(session.format(result, Converter.INSPECT));
    }

    /** What the session's commands and its background tests wrote to stdout so far. */
    String output() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** What they wrote to stderr so far. */
    String errors() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    void awaitErrors(String text) throws InterruptedException {
        await(() -> errors().contains(text), () -> "stderr to contain " + text);
    }

    /**
     * Runs {@code command} until {@code until} holds on its result, within the patience; fails
     * with the last result and the session's streams. A bounded retry, not a fixed sleep.
     */
    String retryUntil(String command, Predicate<String> until, String what) throws Exception {
        String[] last = {""};
        await(() -> {
            try {
                last[0] = execute(command);
            } catch (Exception e) {
                last[0] = e.toString();
            }
            return until.test(last[0]);
        }, () -> what + " (last " + command + ": " + last[0] + ")");
        return last[0];
    }

    private void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + PATIENCE_MILLIS / 1000 + " s waiting for " + what.get()
                        + "\n--- stdout ---\n" + output() + "\n--- stderr ---\n" + errors());
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
