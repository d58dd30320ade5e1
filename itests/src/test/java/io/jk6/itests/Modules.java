package io.jk6.itests;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for JS module services to come and go, as the engine sees them. */
final class Modules {

    static final long TIMEOUT_MILLIS = 20_000;

    private Modules() {
    }

    static String filter(String moduleName, String version) {
        String name = "(" + ModuleName.PROPERTY + "=" + moduleName + ")";
        return version == null ? name : "(&" + name + "(hot.version=" + version + "))";
    }

    /** True once a module service matching the filter is registered, within the timeout. */
    static boolean awaitPresent(BundleContext context, String filter) throws Exception {
        ServiceTracker<JsModule, JsModule> tracker = tracker(context, filter);
        try {
            return tracker.waitForService(TIMEOUT_MILLIS) != null;
        } finally {
            tracker.close();
        }
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
