package io.jk6.support.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A PEM file a {@code K6_*} variable names, as k6's outputs take certificates and keys (paths,
 * not the text). Read once, when the output is created: a wrong path is an error before the test,
 * naming the variable and the path, in Go's words for the file ({@code open PATH: no such file or
 * directory}).
 */
public final class PemFile {

    private PemFile() {
    }

    /**
     * @param variable the setting that names the file, for the error
     * @param path     the file, relative to the working directory as Go opens it
     * @throws IllegalArgumentException {@code VARIABLE: open PATH: reason}
     */
    public static String read(String variable, String path) {
        try {
            // Latin-1 reads any bytes: a DER file given for PEM fails as "no certificate", not here
            return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw unreadable(variable, path, "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw unreadable(variable, path, "permission denied", e);
        } catch (IOException e) {
            throw unreadable(variable, path, Files.isDirectory(Path.of(path)) ? "is a directory"
                    : String.valueOf(e.getMessage()), e);
        } catch (InvalidPathException e) {
            throw unreadable(variable, path, e.getReason(), e);
        }
    }

    private static IllegalArgumentException unreadable(String variable, String path, String reason, Exception e) {
        return new IllegalArgumentException(variable + ": open " + path + ": " + reason, e);
    }
}
