package io.jk6.api.js;

import java.lang.System.Logger.Level;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Lines a module writes to the test's log for the user, as k6's modules write through
 * {@code State().Logger}: the engine prints them as k6 does, the message and then its fields
 * ({@code WARN[0003] Request Failed    error="Get \"http://host/\": dial tcp ..."}), on stderr
 * with the script's {@code console} lines. For what the user should read, not for debugging a
 * module (use a logger of your own for that).
 *
 * @since 1.2
 */
@ProviderType
@FunctionalInterface
public interface ModuleLog {

    /**
     * @param level  {@code INFO}, {@code WARNING} or {@code ERROR} (k6's info, warn, error);
     *               {@code DEBUG} and {@code TRACE} lines are shown only when jk6 is verbose
     * @param fields k6's fields after the message ({@code error}, {@code url}...), printed sorted
     *               by name and quoted where needed, as k6 (logrus) prints them
     */
    void log(Level level, String message, Map<String, ?> fields);

    default void info(String message, Map<String, ?> fields) {
        log(Level.INFO, message, fields);
    }

    default void warn(String message, Map<String, ?> fields) {
        log(Level.WARNING, message, fields);
    }

    default void error(String message, Map<String, ?> fields) {
        log(Level.ERROR, message, fields);
    }
}
