package io.jk6.engine.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * k6's archive layout: {@code metadata.json} ({@code type}, {@code options}, {@code filename},
 * {@code pwd}, {@code env}, {@code compatibilityMode}, {@code k6version}, {@code goos}), {@code data}
 * (the main script), then every file under {@code file/} at its absolute path (the main script a
 * hard link to {@code data}), directories first, sorted so equal tests give equal archives.
 */
public final class ArchiveTar {

    private static final String METADATA = "metadata.json";
    private static final String DATA = "data";
    private static final String FILES = "file";

    private ArchiveTar() {
    }

    /** k6 tells an archive from a script by content: a tar header, whatever the file's name. */
    public static boolean isArchive(byte[] head) {
        return Tar.isHeader(head);
    }

    public static void write(Archive archive, OutputStream out) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        archive.files().forEach((path, bytes) -> files.put(Archive.anonymize(path), bytes));
        Path script = Archive.anonymize(archive.script());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("type", "js");
        metadata.put("options", archive.options());
        metadata.put("filename", fileUrl(script));
        metadata.put("pwd", fileUrl(Archive.anonymize(archive.pwd())));
        metadata.put("env", archive.env());
        metadata.put("compatibilityMode", archive.compatibilityMode());
        metadata.put("k6version", archive.version());
        metadata.put("goos", System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "windows" : "linux");
        long now = System.currentTimeMillis() / 1000;
        Tar.writeEntry(out, METADATA, Tar.FILE, "", MetadataJson.write(metadata), now);
        Tar.writeEntry(out, DATA, Tar.FILE, "", archive.data(), now);
        TreeSet<String> dirs = new TreeSet<>();
        for (Path path : files.keySet()) {
            for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
                String name = entryName(dir);
                dirs.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            }
        }
        for (String dir : dirs) {
            Tar.writeEntry(out, dir + "/", Tar.DIRECTORY, "", new byte[0], now);
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            if (f.getKey().equals(script)) {
                Tar.writeEntry(out, entryName(f.getKey()), Tar.LINK, DATA, new byte[0], now);
            } else {
                Tar.writeEntry(out, entryName(f.getKey()), Tar.FILE, "", f.getValue(), now);
            }
        }
        Tar.finish(out);
    }

    /**
     * Reads an archive of k6's layout (by jk6 or k6).
     *
     * @throws IOException not a tar, no {@code metadata.json}, or a file k6 would not write
     */
    public static Archive read(byte[] bytes) throws IOException {
        return read(new ByteArrayInputStream(bytes));
    }

    @SuppressWarnings("unchecked")
    public static Archive read(InputStream in) throws IOException {
        Map<String, Object> metadata = null;
        byte[] data = null;
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Tar.Entry entry = Tar.readEntry(in); entry != null; entry = Tar.readEntry(in)) {
            if (!entry.isFile()) {
                continue;
            }
            byte[] content = entry.content();
            String name = entry.name();
            if (name.equals(METADATA)) {
                metadata = MetadataJson.read(content);
            } else if (name.equals(DATA)) {
                data = content;
            } else if (name.startsWith(FILES + "/")) {
                files.put(Path.of(name.substring(FILES.length())).normalize(), content);
            } else if (!name.startsWith("https/")) {
                // remote modules (https/) are not something jk6 loads; anything else is not k6's layout
                throw new IOException("unknown file prefix in the archive: " + name);
            }
        }
        if (metadata == null) {
            throw new IOException("the archive has no metadata.json");
        }
        if (!"js".equals(metadata.get("type"))) {
            throw new IOException("the archive has an unsupported test type \"" + metadata.get("type") + "\"");
        }
        Path script = path(metadata.get("filename"), "filename");
        if (data == null) {
            data = files.get(script);
        }
        if (data == null) {
            throw new IOException("the archive holds no main script (data)");
        }
        files.put(script, data);
        Object options = metadata.getOrDefault("options", Map.of());
        Object env = metadata.getOrDefault("env", Map.of());
        Map<String, String> envStrings = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> e) {
            e.forEach((k, v) -> envStrings.put(String.valueOf(k), String.valueOf(v)));
        }
        return new Archive(script, metadata.get("pwd") == null ? script.getParent() : path(metadata.get("pwd"), "pwd"),
                options instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(), envStrings, files,
                String.valueOf(metadata.getOrDefault("k6version", "")),
                String.valueOf(metadata.getOrDefault("compatibilityMode", "extended")));
    }

    private static String entryName(Path absolute) {
        return FILES + absolute.toString().replace('\\', '/');
    }

    private static String fileUrl(Path absolute) {
        return absolute.toUri().toString();
    }

    private static Path path(Object url, String field) throws IOException {
        if (!(url instanceof String s) || s.isEmpty()) {
            throw new IOException("metadata.json: \"" + field + "\" is missing");
        }
        return s.startsWith("file:") ? Path.of(URI.create(s)).normalize() : Path.of(s).normalize();
    }
}
