package io.jk6.engine.js;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The files of one test run's script: on disk, or in an archive ({@code jk6 run archive.tar}).
 * Every VU reads its modules, {@code open()}s and {@code require()}s through here, so a file is
 * read (and a .ts file transpiled) once per run, and the run knows what its init context read:
 * what {@code jk6 archive} packs, as k6 does.
 */
public final class ScriptFiles {

    private final FileSystem fileSystem;
    private final Map<Path, byte[]> memory;
    private final Engine engine;
    /** Every file read, in the order first read. */
    private final Map<Path, byte[]> read = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Path, String> transpiled = new ConcurrentHashMap<>();

    private ScriptFiles(FileSystem fileSystem, Map<Path, byte[]> memory, Engine engine) {
        this.fileSystem = fileSystem;
        this.memory = memory;
        this.engine = engine;
    }

    /** The files on disk, read-only; {@code engine} transpiles .ts files. */
    public static ScriptFiles onDisk(Engine engine) {
        return new ScriptFiles(FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem()), null, engine);
    }

    /**
     * The files on disk, and one more that is not there: a script read from stdin
     * ({@code jk6 run -}), at a path in the working directory so that its imports resolve there.
     */
    public static ScriptFiles onDisk(Engine engine, Path script, byte[] content) {
        ScriptFiles files = onDisk(engine);
        files.read.put(script.toAbsolutePath().normalize(), content);
        return files;
    }

    /** Only these files (absolute paths), as an archive holds them; nothing on disk is visible. */
    public static ScriptFiles inMemory(Engine engine, Map<Path, byte[]> files) {
        Map<Path, byte[]> copy = Map.copyOf(files);
        return new ScriptFiles(new MemoryFileSystem(copy), copy, engine);
    }

    /** What GraalJS sees for relative and absolute imports. */
    FileSystem fileSystem() {
        return fileSystem;
    }

    /** The bytes of a file; {@link NoSuchFileException} when there is none. */
    public byte[] read(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        byte[] bytes = read.get(path);
        if (bytes == null) {
            bytes = memory != null ? fromMemory(path) : Files.readAllBytes(path);
            read.put(path, bytes);
        }
        return bytes;
    }

    /**
     * The bytes of a file as {@link #read} gives them, without counting it among the files the
     * test read ({@link #filesRead()}): for outputs, which read the test's files but are not the test.
     */
    public byte[] peek(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        byte[] bytes = read.get(path);
        if (bytes != null) {
            return bytes;
        }
        return memory != null ? fromMemory(path) : Files.readAllBytes(path);
    }

    /** True when the file exists (a regular file). */
    public boolean isFile(Path file) {
        Path path = file.toAbsolutePath().normalize();
        return read.containsKey(path) || (memory != null ? memory.containsKey(path) : Files.isRegularFile(path));
    }

    /**
     * The JavaScript of a module file: its text, or for a .ts file the transpiled text.
     *
     * @throws TypeScript.TypeScriptSyntaxError when a .ts file does not parse
     */
    public String code(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        String text = new String(read(path), StandardCharsets.UTF_8);
        if (!TypeScript.isTypeScript(path)) {
            return text;
        }
        String js = transpiled.get(path);
        if (js == null) {
            js = TypeScript.transpile(engine, path, text);
            transpiled.put(path, js);
        }
        return js;
    }

    /** The files read so far (absolute paths), in the order first read. */
    public Map<Path, byte[]> filesRead() {
        synchronized (read) {
            return new LinkedHashMap<>(read);
        }
    }

    private byte[] fromMemory(Path path) throws NoSuchFileException {
        byte[] bytes = memory.get(path);
        if (bytes == null) {
            throw new NoSuchFileException(path.toString());
        }
        return bytes;
    }
}
