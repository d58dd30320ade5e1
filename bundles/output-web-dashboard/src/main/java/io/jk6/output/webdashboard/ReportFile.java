package io.jk6.output.webdashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report goes ({@code K6_WEB_DASHBOARD_EXPORT}): checked when the output starts, so a path
 * that cannot be written fails before the test rather than after it, and written once at the end,
 * through a temporary file beside it, so a failed write never leaves half a report.
 */
final class ReportFile {

    private final Path path;

    /** @param name as the user gave it, relative to jk6's working directory */
    ReportFile(Path workingDirectory, String name) {
        this.path = workingDirectory.resolve(name).toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /**
     * @throws IOException naming the path and why it cannot be written: its folder is missing or
     *                     not writable, or it is a folder itself
     */
    void checkWritable() throws IOException {
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(problem("its folder " + folder + " does not exist"));
        }
        if (Files.isDirectory(path)) {
            throw new IOException(problem("it is a folder"));
        }
        if (!Files.isWritable(folder) || Files.exists(path) && !Files.isWritable(path)) {
            throw new IOException(problem("it is not writable"));
        }
    }

    /** Writes the report, replacing the file. */
    void write(String html) throws IOException {
        Path temporary = null;
        try {
            // not Files.createTempFile: its file is private to its owner, a report is read by others
            temporary = path.resolveSibling("." + path.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
            throw new IOException(problem(e.toString()), e);
        }
    }

    private String problem(String why) {
        return "K6_WEB_DASHBOARD_EXPORT: cannot write the report to " + path + ": " + why;
    }
}
