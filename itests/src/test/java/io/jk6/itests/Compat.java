package io.jk6.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.FrameworkUtil;

/** The repository's {@code compat/} folder: the framework property {@code jk6.compat} (test.bndrun). */
final class Compat {

    private Compat() {
    }

    /** {@code compat/NAME}, e.g. {@code scenarios}; fails if it is not there. */
    static Path folder(String name) {
        String compat = FrameworkUtil.getBundle(Compat.class).getBundleContext().getProperty("jk6.compat");
        if (compat == null) {
            throw new IllegalStateException("no jk6.compat framework property (itests/test.bndrun)");
        }
        Path folder = Path.of(compat).resolve(name).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("no compat folder at " + folder));
        }
        return folder;
    }

    /** The {@code .js} scripts of {@code folder}, sorted by name. */
    static List<Path> scripts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".js")).sorted().toList();
        }
    }
}
