package io.jk6.cli;

import io.jk6.api.runner.TestLog;
import io.jk6.api.runner.TestSummary;
import io.jk6.launcher.spi.Invocation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the end of a test as k6's {@code cmd} does: each {@code handleSummary} result to
 * {@code stdout}, {@code stderr} or its file (relative to the working directory, whose folders
 * must exist: k6 creates none), then the {@code --summary-export} JSON (its folders are made).
 * A result that cannot be written is logged; the others are written anyway, and the exit code
 * stays the test's.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static void write(TestSummary summary, Invocation invocation, TestLog log) {
        List<String> errors = write(summary.results(), invocation.out(), invocation.err(),
                invocation.workingDirectory());
        if (!errors.isEmpty()) {
            log.error("failed to handle the end-of-test summary: Could not save some summary information:\n\t* "
                    + String.join("\n\t* ", errors));
        }
        if (summary.exportFile() != null) {
            Path export = invocation.workingDirectory().resolve(summary.exportFile());
            try {
                Path parent = export.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(export, summary.export());
            } catch (IOException e) {
                log.error("--summary-export: cannot write " + export + ": " + e.getMessage());
            }
        }
    }

    /** Returns k6's error lines for the results that could not be written. */
    static List<String> write(Map<String, byte[]> results, PrintStream out, PrintStream err, Path workingDirectory) {
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : results.entrySet()) {
            switch (e.getKey()) {
                case "stdout" -> {
                    out.write(e.getValue(), 0, e.getValue().length);
                    out.flush();
                }
                case "stderr" -> {
                    err.write(e.getValue(), 0, e.getValue().length);
                    err.flush();
                }
                default -> {
                    try {
                        Files.write(workingDirectory.resolve(e.getKey()), e.getValue());
                    } catch (IOException | RuntimeException x) {
                        errors.add("could not open '" + e.getKey() + "': " + describe(x));
                    }
                }
            }
        }
        return errors;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "open " + e.getMessage() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "open " + e.getMessage() + ": permission denied";
        }
        return e.getMessage();
    }
}
