package io.jk6.launcher;

import org.osgi.framework.Bundle;

/**
 * Which bundles start when: the runtime services first, then jk6's core, then FileInstall, and
 * what FileInstall finds in {@code deploy/} last (Karaf does the same with its deploy folder).
 * Extensions thus always find the API and the engine already there.
 */
final class StartLevels {

    /** SCR and Configuration Admin: they must see every later bundle start. */
    static final int RUNTIME = 1;
    static final int CORE = 2;
    static final int FILEINSTALL = 3;
    /** Bundles installed from deploy/. */
    static final int DEPLOYED = 4;

    private StartLevels() {
    }

    /**
     * Bundles installed but never started, used as libraries: gogo.jline's activator would open
     * the process's console by itself as soon as it starts, while {@code jk6 shell} must own the
     * console (for {@code -c}, piped commands and exit statuses); jk6's shell bundle uses its
     * classes and registers its commands instead.
     */
    static boolean isLibrary(Bundle bundle) {
        return "org.apache.felix.gogo.jline".equals(bundle.getSymbolicName());
    }

    static int of(Bundle bundle) {
        String name = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
        return switch (name) {
            case "org.apache.felix.scr", "org.apache.felix.configadmin" -> RUNTIME;
            case "org.apache.felix.fileinstall" -> FILEINSTALL;
            default -> CORE;
        };
    }
}
