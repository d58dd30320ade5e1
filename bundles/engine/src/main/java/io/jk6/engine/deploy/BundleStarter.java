package io.jk6.engine.deploy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Starts what {@link DeferringInstaller} installs the way FileInstall starts its own bundles:
 * at FileInstall's start level ({@code felix.fileinstall.start.level}), persistently, with the
 * bundle's activation policy, unless {@code felix.fileinstall.bundles.new.start} is false. A
 * bundle that cannot start yet (say it imports a package of a jar FileInstall installs next) is
 * tried again after every later change, as FileInstall retries its own.
 */
final class BundleStarter {

    /** How long a refresh may take before the starts go ahead anyway. */
    private static final long REFRESH_TIMEOUT_SECONDS = 60;

    private final BundleContext context;
    private final FileInstallLog log;
    private final boolean startNew;
    private final int startLevel;
    /** Bundles to start that have not started yet. Guarded by this. */
    private final Set<Bundle> unstarted = new LinkedHashSet<>();

    BundleStarter(BundleContext context, FileInstallLog log) {
        this.context = context;
        this.log = log;
        this.startNew = !"false".equalsIgnoreCase(String.valueOf(context.getProperty("felix.fileinstall.bundles.new.start")).strip());
        String level = context.getProperty("felix.fileinstall.start.level");
        this.startLevel = level == null || level.isBlank() ? 0 : Integer.parseInt(level.strip());
    }

    /** A bundle just installed from deploy/: started (with any still waiting) when FileInstall would. */
    void installed(Bundle bundle) {
        if (startLevel > 0) {
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
        }
        if (startNew) {
            synchronized (this) {
                unstarted.add(bundle);
            }
        }
        startWaiting();
    }

    /** After updates and uninstalls: refreshes those bundles (and what is wired to them), then restarts them. */
    void refreshAndStart(Collection<Bundle> changed) {
        if (!changed.isEmpty()) {
            refresh(changed);
        }
        synchronized (this) {
            for (Bundle bundle : changed) {
                if (bundle.getState() != Bundle.UNINSTALLED && bundle.getState() != Bundle.ACTIVE
                        && bundle.adapt(BundleStartLevel.class).isPersistentlyStarted()) {
                    unstarted.add(bundle);
                }
            }
        }
        startWaiting();
    }

    private synchronized void startWaiting() {
        for (var it = unstarted.iterator(); it.hasNext(); ) {
            Bundle bundle = it.next();
            if (bundle.getState() == Bundle.UNINSTALLED || bundle.getState() == Bundle.ACTIVE) {
                it.remove();
                continue;
            }
            try {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
                log.info("Started bundle: " + bundle.getLocation());
                it.remove();
            } catch (BundleException | IllegalStateException e) {
                // as FileInstall: tried again after the next change; the launcher reports a jar
                // that never starts
            }
        }
    }

    private void refresh(Collection<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.copyOf(bundles), event -> done.countDown());
        try {
            done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
