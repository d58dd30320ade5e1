package io.jk6.engine.cli;

import org.osgi.framework.FrameworkUtil;

/** The engine bundle's version, shown in the banner. */
final class Versions {

    private Versions() {
    }

    static String jk6() {
        var bundle = FrameworkUtil.getBundle(Versions.class);
        if (bundle == null) {
            return "dev";
        }
        var v = bundle.getVersion();
        return "v" + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
