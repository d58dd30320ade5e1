package io.jk6.engine.deploy;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;

/**
 * Says what {@link DeferringInstaller} does in FileInstall's own words and through FileInstall's
 * own logging settings, since it now installs what FileInstall used to: the same lines
 * ({@code Installing bundle NAME / VERSION}, {@code Started bundle: LOCATION}, ...), shown from
 * {@code felix.fileinstall.log.level} 3 (info) up, to the java.util.logging logger
 * {@code fileinstall} when {@code felix.fileinstall.log.default} is {@code jul} (jk6's setting,
 * formatted by {@code conf/logging.properties}), else to stdout as FileInstall does.
 */
final class FileInstallLog {

    /** FileInstall's level numbers: 1 error, 2 warning, 3 info, 4 debug. */
    private static final int INFO = 3;

    private final int level;
    private final boolean jul;

    FileInstallLog(BundleContext context) {
        this.level = parse(context.getProperty("felix.fileinstall.log.level"));
        this.jul = "jul".equals(context.getProperty("felix.fileinstall.log.default"));
    }

    void info(String message) {
        if (level < INFO) {
            return;
        }
        if (jul) {
            Logger.getLogger("fileinstall").log(Level.INFO, message);
        } else {
            System.out.println("INFO: " + message);
        }
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
