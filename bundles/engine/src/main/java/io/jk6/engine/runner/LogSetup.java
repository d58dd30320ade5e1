package io.jk6.engine.runner;

import io.jk6.api.runner.LogSettings;
import io.jk6.engine.run.LogStyle;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * k6's logging flags ({@code -v}, {@code --log-output}, {@code --log-format},
 * {@code --console-output}) with their {@code K6_*} variables, made into a {@link LogStyle}. The
 * files they name are opened here and closed by {@link #close()} once the command is done.
 */
final class LogSetup implements AutoCloseable {

    private PrintStream opened;
    private PrintStream console;

    /**
     * The style the settings ask for, or null when one is wrong: then {@code problems} says why, in
     * k6's words ({@code unsupported log output 'x'}).
     */
    LogStyle style(LogSettings settings, Map<String, String> env, Path workingDirectory, PrintStream stdout,
            List<String> problems) {
        String output = settings.output() != null ? settings.output() : env.getOrDefault("K6_LOG_OUTPUT", "stderr");
        String formatName = settings.format() != null ? settings.format() : env.getOrDefault("K6_LOG_FORMAT", "");
        LogStyle.Format format = switch (formatName.toLowerCase(Locale.ROOT)) {
            case "json" -> LogStyle.Format.JSON;
            case "raw" -> LogStyle.Format.RAW;
            default -> LogStyle.Format.TEXT; // k6 takes any other value as its text format
        };
        PrintStream target;
        String minimum = null;
        try {
            if (output.equals("stderr")) {
                target = null;
            } else if (output.equals("stdout")) {
                target = stdout;
            } else if (output.equals("none")) {
                target = LogStyle.NOWHERE;
            } else if (output.equals("file") || output.startsWith("file=")) {
                String path = "k6.log";
                for (String part : output.substring(4).replaceFirst("^=", "").split(",")) {
                    if (part.startsWith("level=")) {
                        minimum = level(part.substring("level=".length()), problems);
                    } else if (!part.isEmpty()) {
                        path = part;
                    }
                }
                opened = open(workingDirectory.resolve(path), true);
                target = opened;
            } else {
                problems.add("unsupported log output '" + output + "'");
                return null;
            }
            String consoleFile = settings.consoleOutput() != null ? settings.consoleOutput()
                    : env.get("K6_CONSOLE_OUTPUT");
            if (consoleFile != null && !consoleFile.isEmpty()) {
                console = open(workingDirectory.resolve(consoleFile), false);
            }
        } catch (IOException e) {
            problems.add("cannot open the log file: " + e.getMessage());
            return null;
        }
        return new LogStyle(format, target, minimum, settings.verbose(), console);
    }

    private static String level(String name, List<String> problems) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "debug", "trace" -> "debug";
            case "info" -> "info";
            case "warn", "warning" -> "warn";
            case "error", "fatal", "panic" -> "error";
            default -> {
                problems.add("unknown log level '" + name + "' in --log-output");
                yield null;
            }
        };
    }

    private static PrintStream open(Path file, boolean append) throws IOException {
        return new PrintStream(new FileOutputStream(file.toFile(), append), true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (opened != null) {
            opened.close();
        }
        if (console != null) {
            console.close();
        }
    }
}
