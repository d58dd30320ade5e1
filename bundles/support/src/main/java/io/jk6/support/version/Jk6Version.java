package io.jk6.support.version;

import org.osgi.framework.FrameworkUtil;

/**
 * jk6's version as the banner and archives show it ({@code v0.1.0}): the version of the bundle a
 * class is in, as jk6's bundles are built and versioned together; {@code dev} outside OSGi. A
 * package of its own: a bundle that embeds {@code io.jk6.support} does not import the OSGi
 * framework for it.
 */
public final class Jk6Version {

    private Jk6Version() {
    }

    public static String of(Class<?> inBundle) {
        var bundle = FrameworkUtil.getBundle(inBundle);
        if (bundle == null) {
            return "dev";
        }
        var v = bundle.getVersion();
        return "v" + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
