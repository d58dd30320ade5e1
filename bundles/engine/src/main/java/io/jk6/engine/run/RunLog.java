package io.jk6.engine.run;

import io.jk6.engine.js.ScriptLog;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Log lines in k6's terminal format, {@code INFO[0003] message   source=console}, on stderr:
 * the bracket holds whole seconds since the test started.
 */
public final class RunLog implements ScriptLog {

    private final PrintStream err;
    private final long startNanos;
    private final boolean quiet;

    public RunLog(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.startNanos = System.nanoTime();
    }

    @Override
    public void log(String level, String message) {
        if (level.equals("debug")) {
            return; // k6 shows console.debug only with --verbose
        }
        line(level, message, "source=console");
    }

    public void info(String message) {
        if (!quiet) {
            line("info", message, "");
        }
    }

    public void warn(String message) {
        line("warn", message, "");
    }

    public void error(String message) {
        line("error", message, "");
    }

    /** An error with k6's fields after it, such as {@code hint="..."}. */
    public void error(String message, String fields) {
        line("error", message, fields);
    }

    private void line(String level, String message, String fields) {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        String tag = switch (level) {
            case "warn" -> "WARN";
            case "error" -> "ERRO";
            default -> "INFO";
        };
        String text = String.format(Locale.ROOT, "%s[%04d] %s", tag, seconds, message);
        if (!fields.isEmpty()) {
            text = String.format(Locale.ROOT, "%-40s %s", text, fields);
        }
        synchronized (err) {
            err.println(text);
        }
    }
}
