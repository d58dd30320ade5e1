package io.jk6.engine.deploy;

import io.jk6.engine.registry.FrameworkLog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts deploy/'s bundle jars under {@link DeferringInstaller} when Apache Felix FileInstall is
 * there. FileInstall is an optional collaborator (the engine imports its API package with
 * {@code resolution:=optional}): without it, or when the engine resolved before it was installed,
 * nothing is registered and the engine works as before. This class names no FileInstall type, so
 * it loads either way; only {@link DeferringInstaller} does, and it is loaded only when the
 * package is wired.
 */
@Component
public final class DeployGuard {

    static final String FILEINSTALL_API = "org.apache.felix.fileinstall";

    @Reference
    RunsInFlight runs;

    private AutoCloseable installer;

    @Activate
    void activate(BundleContext context) {
        if (fileInstallWired(context)) {
            try {
                installer = DeferringInstaller.register(context, runs);
            } catch (LinkageError | RuntimeException e) {
                FrameworkLog.warn("deploy/: replacing an extension during a run is not guarded (" + e + ")");
            }
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        if (installer != null) {
            installer.close();
        }
    }

    /** True when this bundle's optional import of FileInstall's API package is wired. */
    private static boolean fileInstallWired(BundleContext context) {
        BundleWiring wiring = context.getBundle().adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (FILEINSTALL_API.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return true;
            }
        }
        return false;
    }
}
