package io.jk6.engine.runner;

import io.jk6.engine.archive.Archive;
import io.jk6.engine.archive.ArchiveTar;
import io.jk6.engine.js.ScriptFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Engine;

/**
 * What the script argument of {@code jk6 run} is: a script on disk ({@code .js}, or {@code .ts}
 * whose types are stripped), or an archive of {@code jk6 archive}/{@code k6 archive}, told by its
 * content as k6 does (a tar header), whatever its name.
 *
 * @param script  the main script's absolute path (in an archive: the path it was archived from)
 * @param files   where the script and its files are read
 * @param archive the archive, or null for a script on disk
 */
record ScriptArgument(Path script, ScriptFiles files, Archive archive) {

    /** The options frozen in the archive, replacing the script's; null for a script on disk. */
    Map<String, Object> frozenOptions() {
        return archive == null ? null : archive.options();
    }

    /** The {@code -e} variables frozen in the archive; the run's {@code -e} override them. */
    Map<String, String> archivedEnv() {
        return archive == null ? Map.of() : archive.env();
    }

    /**
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws IOException                       when it cannot be read, or is a tar but no archive of k6's layout
     */
    static ScriptArgument resolve(Path file, Engine engine) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (!ArchiveTar.isArchive(head)) {
            return new ScriptArgument(file, ScriptFiles.onDisk(engine), null);
        }
        return fromArchive(file.getFileName().toString(), Files.readAllBytes(file), engine);
    }

    /**
     * {@code jk6 run -}: the script (or an archive) from stdin, as k6. A script is named {@code -}
     * in the working directory, where its relative imports and {@code open()}s resolve.
     */
    static ScriptArgument fromStdin(InputStream stdin, Path workingDirectory, Engine engine) throws IOException {
        byte[] content = stdin.readAllBytes();
        if (ArchiveTar.isArchive(content)) {
            return fromArchive("-", content, engine);
        }
        Path script = workingDirectory.resolve(STDIN).toAbsolutePath().normalize();
        return new ScriptArgument(script, ScriptFiles.onDisk(engine, script, content), null);
    }

    /** The script argument that means stdin. */
    static final String STDIN = "-";

    private static ScriptArgument fromArchive(String name, byte[] content, Engine engine) throws IOException {
        Archive archive;
        try {
            archive = ArchiveTar.read(content);
        } catch (IOException e) {
            throw new IOException("could not load test archive bundle '" + name + "': " + e.getMessage(), e);
        }
        return new ScriptArgument(archive.script(), ScriptFiles.inMemory(engine, archive.files()), archive);
    }
}
