package io.jk6.engine.js;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system GraalJS loads ES modules through. Relative and absolute specifiers are
 * files, read-only. A bare specifier such as {@code k6/http} is a module service: it maps to a
 * path under {@link #MODULE_ROOT}, whose "content" is a generated ES module re-exporting the
 * service's exports. GraalJS asks {@link #parsePath(String)} for every specifier, which is what
 * makes this work without an import map. Files come from the run's {@link ScriptFiles} (the
 * disk or an archive); a {@code .ts} file reads as its transpiled JavaScript, and {@code ./lib}
 * finds {@code ./lib.ts} when there is no {@code ./lib}, as TypeScript tooling writes imports.
 */
final class ModuleFileSystem implements FileSystem {

    /** A root no real file lives under. */
    static final Path MODULE_ROOT = Path.of("/@jk6-module");

    private final ScriptFiles scriptFiles;
    private final FileSystem files;
    private final Predicate<String> moduleExists;
    private final Function<String, String> moduleSource;
    private final Set<String> missing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile TypeScript.TypeScriptSyntaxError syntaxError;
    private final Set<String> remote = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Where remote URLs lead: nowhere (jk6 does not fetch them). */
    private static final Path REMOTE = MODULE_ROOT.resolve("@jk6/remote");

    /**
     * @param scriptFiles  the run's script files
     * @param moduleExists whether a module of this import name is available
     * @param moduleSource the generated ES module source for an import name
     */
    ModuleFileSystem(ScriptFiles scriptFiles, Predicate<String> moduleExists, Function<String, String> moduleSource) {
        this.scriptFiles = scriptFiles;
        this.files = scriptFiles.fileSystem();
        this.moduleExists = moduleExists;
        this.moduleSource = moduleSource;
    }

    static boolean isBareSpecifier(String specifier) {
        return !(specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../")
                || specifier.startsWith("file:") || specifier.isEmpty());
    }

    static boolean isModulePath(Path path) {
        return path.startsWith(MODULE_ROOT);
    }

    static String moduleName(Path path) {
        return MODULE_ROOT.relativize(path).toString();
    }

    /** Bare specifiers asked for that no module serves, to name them in the error. */
    Set<String> missingModules() {
        return missing;
    }

    /** An imported .ts file that did not parse (GraalJS reports it as a failed read). */
    TypeScript.TypeScriptSyntaxError typeScriptSyntaxError() {
        return syntaxError;
    }

    /** {@code lib} is {@code lib.ts} when only that exists (imports written without the extension). */
    private Path withTypeScriptExtension(Path path) {
        Path name = path.getFileName();
        if (name == null || name.toString().contains(".") || scriptFiles.isFile(path)) {
            return path;
        }
        Path ts = path.resolveSibling(name + ".ts");
        return scriptFiles.isFile(ts) ? ts : path;
    }

    /** URLs of remote modules the script asked for (jk6 fetches none), to name them in the error. */
    Set<String> remoteModules() {
        return remote;
    }

    @Override
    public Path parsePath(String path) {
        String bundled = JslibModules.bundledName(path);
        if (bundled != null) {
            return MODULE_ROOT.resolve(bundled);
        }
        if (JslibModules.isRemote(path)) {
            remote.add(path);
            return REMOTE;
        }
        return isBareSpecifier(path) ? MODULE_ROOT.resolve(path) : files.parsePath(path);
    }

    @Override
    public Path parsePath(URI uri) {
        if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) {
            return parsePath(uri.toString());
        }
        return files.parsePath(uri);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (isModulePath(path)) {
            if (path.equals(REMOTE)) {
                throw new NoSuchFileException(path.toString());
            }
            String name = moduleName(path);
            if (!moduleExists.test(name)) {
                missing.add(name);
                throw new NoSuchFileException(name);
            }
            return;
        }
        files.checkAccess(withTypeScriptExtension(path), modes, linkOptions);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        if (isModulePath(path)) {
            return new ByteArrayChannel(moduleSource.apply(moduleName(path)).getBytes(StandardCharsets.UTF_8));
        }
        Path file = withTypeScriptExtension(toAbsolutePath(path));
        if (!TypeScript.isTypeScript(file)) {
            return new ByteArrayChannel(scriptFiles.read(file));
        }
        try {
            return new ByteArrayChannel(scriptFiles.code(file).getBytes(StandardCharsets.UTF_8));
        } catch (TypeScript.TypeScriptSyntaxError e) {
            syntaxError = e;
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return isModulePath(path) ? path : files.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return isModulePath(path) ? path : files.toRealPath(withTypeScriptExtension(path), linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return files.readAttributes(withTypeScriptExtension(path), attributes, options);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return files.newDirectoryStream(dir, filter);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        files.createDirectory(dir, attrs);
    }

    @Override
    public void delete(Path path) throws IOException {
        files.delete(path);
    }
}
