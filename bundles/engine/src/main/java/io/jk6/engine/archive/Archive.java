package io.jk6.engine.archive;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A test rolled up to run elsewhere, as k6's {@code lib.Archive}: the main script, every file
 * its init context read (imports, {@code open()}, {@code require()}) at their absolute paths,
 * the options with the command line's frozen in, and the {@code -e} variables.
 *
 * @param script    the main script's absolute path
 * @param pwd       the directory {@code jk6 archive} ran in
 * @param options   the options to run with, as k6 writes them ({@code vus}, {@code duration}, ...)
 * @param env       the {@code -e} variables
 * @param files     every file (the main script among them), by absolute path
 * @param version   the jk6 version that wrote it ({@code k6version})
 * @param compatibilityMode k6's {@code --compatibility-mode} it was made with
 */
public record Archive(Path script, Path pwd, Map<String, Object> options, Map<String, String> env,
        Map<Path, byte[]> files, String version, String compatibilityMode) {

    /** k6 replaces user names in home directory paths before sharing an archive. */
    private static final Pattern HOME = Pattern.compile("(?i)^(/[a-zA-Z])?/(Users|home|Documents and Settings)/[^/]+");

    public Archive {
        // options may hold nulls; order is kept for a readable metadata.json
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The main script's content. */
    public byte[] data() {
        return files.get(script);
    }

    /**
     * {@code /home/ann/tests/a.js} is {@code /home/nobody/tests/a.js} in the archive, as k6 writes
     * it; the script and its files move together, so relative imports still resolve.
     */
    static Path anonymize(Path path) {
        String p = path.toAbsolutePath().normalize().toString().replace('\\', '/');
        return Path.of(HOME.matcher(p).replaceFirst("$1/$2/nobody"));
    }
}
