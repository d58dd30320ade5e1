package io.jk6.engine.run;

import io.jk6.engine.js.ScriptLog;
import io.jk6.api.runner.TestLog;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Log lines in k6's terminal format, {@code INFO[0003] message   source=console}, on stderr:
 * the bracket holds whole seconds since the test started. {@link LogStyle} gives k6's other
 * choices: JSON or raw lines, another place ({@code --log-output}), debug lines ({@code -v}) and
 * the script's console lines in a file of their own ({@code --console-output}).
 */
public final class RunLog implements ScriptLog, TestLog {

    private final PrintStream err;
    private final long startNanos;
    private final boolean quiet;
    private final LogStyle style;
    /** The secret values of the run's secret sources, hidden in every line from when they were fetched. */
    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public RunLog(PrintStream err, boolean quiet) {
        this(err, quiet, LogStyle.DEFAULT);
    }

    /** @param style the format, level and places of the lines ({@code --log-format}, {@code -v}...) */
    public RunLog(PrintStream err, boolean quiet, LogStyle style) {
        this.err = style.output() != null ? style.output() : err;
        this.quiet = quiet;
        this.style = style;
        this.startNanos = System.nanoTime();
    }

    @Override
    public void log(String level, String message) {
        if (level.equals("debug") && !style.verbose()) {
            return; // k6 shows console.debug only with --verbose
        }
        // --console-output: the script's lines go to their own file
        line(level, message, Map.of("source", "console"), style.console() != null ? style.console() : err);
    }

    public void info(String message) {
        if (!quiet) {
            line("info", message, Map.of(), err);
        }
    }

    public void warn(String message) {
        line("warn", message, Map.of(), err);
    }

    public void error(String message) {
        line("error", message, Map.of(), err);
    }

    /** An error with k6's fields after it, such as {@code hint="script exception"}. */
    public void error(String message, Map<String, ?> fields) {
        line("error", message, fields, err);
    }

    /**
     * A module's line ({@code VU.log()}), k6-style: {@code DEBUG}/{@code TRACE} are left out (k6
     * shows them only with {@code --verbose}); the fields follow the message as logrus prints
     * them, sorted by name, {@code key=value}, the value in Go's quotes when it needs them.
     */
    public void module(System.Logger.Level level, String message, Map<String, ?> fields) {
        String name = switch (level) {
            case WARNING -> "warn";
            case ERROR -> "error";
            case INFO -> "info";
            default -> style.verbose() ? "debug" : null;
        };
        if (name == null) {
            return;
        }
        line(name, message, fields, err);
    }

    /** The fields as logrus prints them: sorted by name, {@code key=value}, values quoted when needed. */
    private static String textFields(Map<String, ?> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<String, Object>(fields).forEach((key, value) -> {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(key).append('=').append(logrusValue(String.valueOf(value)));
        });
        return text.toString();
    }

    /** logrus quotes a value (as Go's {@code %q}) unless it is only letters, digits and {@code -._/@^+}. */
    static String logrusValue(String value) {
        boolean plain = !value.isEmpty();
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._/@^+".indexOf(c) >= 0;
        }
        if (plain) {
            return value;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 8).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Hides {@code secret} in every later line, message and fields, as k6's secrets hook: a value
     * {@code k6/secrets} gave a script. Blank values are not hidden (they would match everywhere).
     */
    public void redact(String secret) {
        if (!secret.isBlank() && !secrets.contains(secret)) {
            secrets.add(secret);
        }
    }

    /** One pass, as Go's strings.Replacer: the first secret found at a place wins, no replacement is rescanned. */
    private String redacted(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            for (String secret : secrets) {
                if (text.startsWith(secret, i)) {
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, i).append("***SECRET_REDACTED***");
                    i += secret.length() - 1;
                    copied = i + 1;
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private void line(String level, String message, Map<String, ?> fields, PrintStream target) {
        if (target == null || !style.shows(level)) {
            return; // --log-output=none, or below the file's level
        }
        String text = switch (style.format()) {
            case RAW -> message;
            case JSON -> LogStyle.json(level, message, fields);
            case TEXT -> {
                long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
                String tag = switch (level) {
                    case "warn" -> "WARN";
                    case "error" -> "ERRO";
                    case "debug" -> "DEBU";
                    default -> "INFO";
                };
                String head = String.format(Locale.ROOT, "%s[%04d] %s", tag, seconds, message);
                yield fields.isEmpty() ? head : String.format(Locale.ROOT, "%-40s %s", head, textFields(fields));
            }
        };
        if (!secrets.isEmpty()) {
            text = redacted(text);
        }
        synchronized (target) {
            target.println(text);
        }
    }
}
