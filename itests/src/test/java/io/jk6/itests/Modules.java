package io.jk6.itests;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for JS module services to come and go, as the engine sees them. */
final class Modules {

    static final long TIMEOUT_MILLIS = 20_000;
    private static final String ENGINE = "io.jk6.engine";

    private Modules() {
    }

    static String filter(String moduleName, String version) {
        String name = "(" + ModuleName.PROPERTY + "=" + moduleName + ")";
        return version == null ? name : "(&" + name + "(hot.version=" + version + "))";
    }

    /**
     * True once a module service matching the filter is registered and the engine holds it, within
     * the timeout. The engine's registry binds a module while the framework tells its listeners of
     * the new service, after the service can already be seen: under load a run started in that gap
     * did not find the module yet (HotDeployTest failed so once in test.sh). The engine holds the
     * service once it got it, just before it binds it.
     */
    static boolean awaitPresent(BundleContext context, String filter) throws Exception {
        ServiceTracker<JsModule, JsModule> tracker = tracker(context, filter);
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
            if (tracker.waitForService(TIMEOUT_MILLIS) == null) {
                return false;
            }
            while (!heldByTheEngine(tracker.getServiceReference()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return heldByTheEngine(tracker.getServiceReference());
        } finally {
            tracker.close();
        }
    }

    private static boolean heldByTheEngine(ServiceReference<JsModule> reference) {
        Bundle[] users = reference == null ? null : reference.getUsingBundles();
        return users != null && Arrays.stream(users).anyMatch(b -> ENGINE.equals(b.getSymbolicName()));
    }

    /** True once no module service matches the filter, within the timeout. */
    static boolean awaitAbsent(BundleContext context, String filter) throws Exception {
        ServiceTracker<JsModule, JsModule> tracker = tracker(context, filter);
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
            while (!tracker.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            return tracker.isEmpty();
        } finally {
            tracker.close();
        }
    }

    private static ServiceTracker<JsModule, JsModule> tracker(BundleContext context, String filter)
            throws InvalidSyntaxException {
        String full = "(&(objectClass=" + JsModule.class.getName() + ")" + filter + ")";
        ServiceTracker<JsModule, JsModule> tracker = new ServiceTracker<>(context, context.createFilter(full), null);
        tracker.open();
        return tracker;
    }
}
