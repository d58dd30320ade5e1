package io.jk6.shell;

import java.net.URI;
import java.nio.file.Path;
import org.osgi.framework.Bundle;

/**
 * Where a bundle came from, told by its location: jk6's own {@code bundles/} (or the shell's
 * {@code shell/}) folder is "built-in", FileInstall's {@code deploy/} folder is "deploy/"
 * (FileInstall installs with the file's URI as location), anything else is its location.
 */
record BundleOrigin(Path home, Path deploy) {

    static final String BUILT_IN = "built-in";
    static final String DEPLOYED = "deploy/";

    String of(Bundle bundle) {
        return bundle == null ? "-" : of(bundle.getLocation());
    }

    String of(String location) {
        Path file = file(location);
        if (file == null) {
            return location;
        }
        if (deploy != null && file.startsWith(deploy)) {
            return DEPLOYED;
        }
        if (home != null && (file.startsWith(home.resolve("bundles")) || file.startsWith(home.resolve("shell")))) {
            return BUILT_IN;
        }
        return location;
    }

    /**
     * The file a {@code file:} location (or a plain path) names, else null. The launcher installs
     * jk6's own bundles as {@code reference:file:...} (read in place, not copied).
     */
    static Path file(String location) {
        if (location.startsWith("reference:")) {
            location = location.substring("reference:".length());
        }
        try {
            if (location.startsWith("file:")) {
                return Path.of(URI.create(location)).toAbsolutePath().normalize();
            }
            if (location.startsWith("/")) {
                return Path.of(location).normalize();
            }
        } catch (IllegalArgumentException e) {
            // not a URI we understand: shown as it is
        }
        return null;
    }
}
