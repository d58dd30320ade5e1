package io.jk6.engine.js;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * A read-only file system of the files an archive holds, at their absolute paths. A directory
 * exists when a file lies under it.
 */
final class MemoryFileSystem implements FileSystem {

    private static final Path ROOT = Path.of("/");
    private final Map<Path, byte[]> files;

    MemoryFileSystem(Map<Path, byte[]> files) {
        this.files = files;
    }

    @Override
    public Path parsePath(URI uri) {
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        Path p = toAbsolutePath(path).normalize();
        if (!isFile(p) && !isDirectory(p)) {
            throw new NoSuchFileException(path.toString());
        }
        if (modes.contains(AccessMode.WRITE)) {
            throw new AccessDeniedException(path.toString(), null, "the files of an archive are read-only");
        }
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "the files of an archive are read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "the files of an archive are read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        byte[] bytes = files.get(toAbsolutePath(path).normalize());
        if (bytes == null) {
            throw new NoSuchFileException(path.toString());
        }
        return new ByteArrayChannel(bytes);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        Path d = toAbsolutePath(dir).normalize();
        List<Path> children = files.keySet().stream().filter(f -> f.startsWith(d) && !f.equals(d))
                .map(f -> d.resolve(d.relativize(f).getName(0))).distinct().toList();
        return new DirectoryStream<>() {
            @Override
            public java.util.Iterator<Path> iterator() {
                return children.iterator();
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : ROOT.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        Path p = toAbsolutePath(path).normalize();
        if (!isFile(p) && !isDirectory(p)) {
            throw new NoSuchFileException(path.toString());
        }
        return p;
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        Path p = toAbsolutePath(path).normalize();
        boolean file = isFile(p);
        if (!file && !isDirectory(p)) {
            throw new NoSuchFileException(path.toString());
        }
        String names = attributes.contains(":") ? attributes.substring(attributes.indexOf(':') + 1) : attributes;
        Map<String, Object> all = new LinkedHashMap<>();
        FileTime epoch = FileTime.fromMillis(0);
        all.put("lastModifiedTime", epoch);
        all.put("lastAccessTime", epoch);
        all.put("creationTime", epoch);
        all.put("size", file ? (long) files.get(p).length : 0L);
        all.put("isRegularFile", file);
        all.put("isDirectory", !file);
        all.put("isSymbolicLink", false);
        all.put("isOther", false);
        if (names.equals("*")) {
            return all;
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        for (String name : names.split(",")) {
            if (all.containsKey(name)) {
                wanted.put(name, all.get(name));
            }
        }
        return wanted;
    }

    private boolean isFile(Path p) {
        return files.containsKey(p);
    }

    private boolean isDirectory(Path p) {
        return p.equals(ROOT) || files.keySet().stream().anyMatch(f -> f.startsWith(p) && !f.equals(p));
    }
}
