package io.jk6.shell;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/** The distribution's folders, from the framework properties the launcher sets. */
final class Jk6Paths {

    private Jk6Paths() {
    }

    /** {@code JK6_HOME} (launcher property {@code jk6.home}), or null outside the launcher. */
    static Path home(BundleContext context) {
        String home = context.getProperty("jk6.home");
        return home == null ? null : Path.of(home).toAbsolutePath().normalize();
    }

    /** The folder FileInstall watches ({@code felix.fileinstall.dir}), or null without FileInstall. */
    static Path deploy(BundleContext context) {
        String dir = context.getProperty("felix.fileinstall.dir");
        return dir == null ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    static BundleOrigin origin(BundleContext context) {
        return new BundleOrigin(home(context), deploy(context));
    }
}
