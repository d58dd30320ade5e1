package io.jk6.engine.cli;

import io.jk6.engine.run.LogStyle;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * k6's logging flags ({@code -v}, {@code --log-output}, {@code --log-format}) and its
 * {@code --console-output} option, with their {@code K6_*} variables, made into a {@link LogStyle}.
 * The files they name are opened here and closed by {@link #close()} once the command is done.
 */
final class LogFlags implements AutoCloseable {

    @Option(names = {"-v", "--verbose"}, description = "enable verbose logging")
    boolean verbose;

    @Option(names = "--log-output", paramLabel = "output", description = "change the output for k6 logs, possible"
            + " values are: 'stderr', 'stdout', 'none', 'file[=./path.fileformat][,level=...]' (default \"stderr\")")
    String logOutput;

    @Option(names = "--log-format", paramLabel = "format", description = "log output format: 'json', 'raw' or the"
            + " terminal's text (default)")
    String logFormat;

    @Option(names = "--console-output", paramLabel = "file", description = "redirects the console logging to the"
            + " provided output file")
    String consoleOutput;

    private PrintStream opened;
    private PrintStream console;

    /**
     * The style these flags ask for, or null when one is wrong: then {@code problems} says why, in
     * k6's words ({@code unsupported log output 'x'}).
     */
    LogStyle style(Map<String, String> env, Path workingDirectory, PrintStream stdout, List<String> problems) {
        String output = logOutput != null ? logOutput : env.getOrDefault("K6_LOG_OUTPUT", "stderr");
        String formatName = logFormat != null ? logFormat : env.getOrDefault("K6_LOG_FORMAT", "");
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
            String consoleFile = consoleOutput != null ? consoleOutput : env.get("K6_CONSOLE_OUTPUT");
            if (consoleFile != null && !consoleFile.isEmpty()) {
                console = open(workingDirectory.resolve(consoleFile), false);
            }
        } catch (IOException e) {
            problems.add("cannot open the log file: " + e.getMessage());
            return null;
        }
        return new LogStyle(format, target, minimum, verbose, console);
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
