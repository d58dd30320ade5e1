package io.jk6.testing.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test scripts and their files into a test's directory. */
public final class Scripts {

    private Scripts() {
    }

    /** Writes {@code text} to {@code dir/relativePath}, creating parent directories; returns the file. */
    public static Path write(Path dir, String relativePath, String text) {
        Path file = dir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
