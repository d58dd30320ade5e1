package io.jk6.engine.registry;

import java.util.Locale;

/**
 * Lines about the framework rather than one run (extensions coming, going, clashing), in jk6's
 * log format as the launcher prints its deploy/ warnings: {@code WARN[0000] message} on stderr.
 * Outside a run there is no test clock, so the bracket holds 0000.
 */
public final class FrameworkLog {

    private FrameworkLog() {
    }

    public static void warn(String message) {
        line("WARN", message);
    }

    public static void error(String message) {
        line("ERRO", message);
    }

    private static void line(String tag, String message) {
        String text = String.format(Locale.ROOT, "%s[0000] %s", tag, message);
        synchronized (System.err) {
            System.err.println(text);
        }
    }
}
