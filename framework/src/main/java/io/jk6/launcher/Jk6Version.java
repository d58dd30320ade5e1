package io.jk6.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions recorded at build time. */
final class Jk6Version {

    private static final Properties PROPERTIES = load();

    private Jk6Version() {
    }

    static String jk6() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    static String graalvm() {
        return PROPERTIES.getProperty("graalvm.version", "unknown");
    }

    static String slf4j() {
        return PROPERTIES.getProperty("slf4j.version", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Jk6Version.class.getResourceAsStream("jk6.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
