package io.jk6.api.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The files of the test, read-only, as the script sees them (k6's {@code output.Params.FS}): on
 * disk, or in the archive when {@code jk6 run} runs one. For an output that reports or ships the
 * test's sources with its results.
 *
 * <pre>{@code
 * for (Path file : params.files().loaded()) {
 *     report.attach(params.scriptPath().getParent().relativize(file), params.files().read(file));
 * }
 * }</pre>
 *
 * @since 1.2
 */
@ProviderType
public interface TestFiles {

    /**
     * The files the test has read so far, absolute, in the order first read: the script, the
     * modules it imports, the files it {@code open()}s. When the output is created the first VU's
     * init context has run, so these are the files {@code jk6 archive} would pack; VUs may add
     * more later (a file opened by some VUs only).
     */
    List<Path> loaded();

    /**
     * The bytes of a file, from the archive when the test runs one (only its files exist then),
     * else from disk. A relative path resolves against the script's directory, as {@code open()}.
     * Reading a file does not add it to {@link #loaded()}.
     *
     * @return a copy the caller may change
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException when it cannot be read
     */
    byte[] read(Path path) throws IOException;
}
