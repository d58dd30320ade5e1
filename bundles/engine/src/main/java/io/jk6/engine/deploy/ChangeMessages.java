package io.jk6.engine.deploy;

import io.jk6.api.js.ModuleName;
import io.jk6.api.output.OutputName;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * The one line a run in flight gets when an extension it may use is replaced or removed in
 * deploy/, in jk6's log format (the run's log adds {@code WARN[0003]}), e.g.
 * {@code k6/x/sql: bundle io.jk6.ext.sql 1.0.0 was replaced in deploy/; this run keeps the version
 * it started with, the next run gets 1.1.0}.
 */
final class ChangeMessages {

    private ChangeMessages() {
    }

    static String replaced(Bundle bundle, BundleJar replacement) {
        Version now = bundle.getVersion();
        String next = replacement == null ? "the new jar"
                : replacement.version().equals(now) ? "the new jar (" + now + ")"
                : replacement.symbolicName().equals(bundle.getSymbolicName()) ? replacement.version().toString()
                : replacement.symbolicName() + " " + replacement.version();
        return what(bundle) + " was replaced in deploy/; this run keeps the version it started with, the next run gets "
                + next;
    }

    static String removed(Bundle bundle) {
        return what(bundle) + " was removed from deploy/; this run keeps it until it ends, the next run does not have it";
    }

    /** "k6/x/sql, --out xk6-x: bundle io.jk6.ext.sql 1.0.0", or only the bundle if it serves no name. */
    private static String what(Bundle bundle) {
        String provider = "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
        List<String> names = served(bundle);
        return names.isEmpty() ? provider : String.join(", ", names) + ": " + provider;
    }

    /** The JS module and output names the bundle's services carry, sorted. */
    private static List<String> served(Bundle bundle) {
        TreeSet<String> modules = new TreeSet<>();
        TreeSet<String> outputs = new TreeSet<>();
        ServiceReference<?>[] services;
        try {
            services = bundle.getRegisteredServices();
        } catch (IllegalStateException e) {
            return List.of(); // uninstalled meanwhile
        }
        for (ServiceReference<?> service : services == null ? new ServiceReference<?>[0] : services) {
            if (service.getProperty(ModuleName.PROPERTY) instanceof String module) {
                modules.add(module);
            }
            if (service.getProperty(OutputName.PROPERTY) instanceof String output) {
                outputs.add("--out " + output);
            }
        }
        List<String> names = new ArrayList<>(modules);
        names.addAll(outputs);
        return names;
    }
}
