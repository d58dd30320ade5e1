package io.jk6.support.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Where a file output of k6's writes ({@code --out json=...}, {@code --out csv=...}): stdout for
 * {@code -} or no name, else the file (relative to the working directory), gzipped when its name
 * ends with {@code .gz}.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** True for the names that mean stdout. */
    public static boolean isStdout(String fileName) {
        return fileName.isEmpty() || fileName.equals("-");
    }

    /**
     * Opens the stream; closing it ends the file, or only flushes stdout, which stays open for the
     * summary written after the outputs stop.
     */
    public static OutputStream open(String fileName, Path workingDirectory, PrintStream stdout) throws IOException {
        if (isStdout(fileName)) {
            return new FilterOutputStream(stdout) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(workingDirectory.resolve(fileName)), 64 * 1024);
        return fileName.endsWith(".gz") ? new GZIPOutputStream(out, 64 * 1024) : out;
    }
}
