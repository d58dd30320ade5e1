package io.jk6.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the distribution lives: {@code JK6_HOME}, else the parent of the launcher jar's directory. */
record Jk6Home(Path root) {

    static Jk6Home locate() {
        String env = System.getenv("JK6_HOME");
        if (env != null && !env.isBlank()) {
            return new Jk6Home(Path.of(env).toAbsolutePath().normalize());
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // lib/jk6-framework.jar -> the distribution root
            Path lib = Files.isDirectory(jar) ? jar : jar.getParent();
            return new Jk6Home(lib.getParent().toAbsolutePath().normalize());
        } catch (URISyntaxException | RuntimeException e) {
            return new Jk6Home(Path.of("").toAbsolutePath());
        }
    }

    /** The core bundles, installed at every start. */
    Path bundles() {
        return root.resolve("bundles");
    }

    /**
     * The Gogo shell and jk6's shell commands, installed only by {@code jk6 shell}: the core
     * ({@code jk6 run}) starts without them.
     */
    Path shell() {
        return root.resolve("shell");
    }

    /** Framework and logging settings: framework.properties, logging.properties, simplelogger.properties. */
    Path conf() {
        return root.resolve("conf");
    }

    /** Extensions the user drops in (the default; conf/framework.properties may name another folder). */
    Path deploy() {
        return root.resolve("deploy");
    }
}
