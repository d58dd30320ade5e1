package io.jk6.engine.deploy;

import io.jk6.engine.registry.FrameworkLog;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;

/**
 * Installs the bundle jars of deploy/ for Apache Felix FileInstall, which hands a jar to an
 * {@link ArtifactInstaller} that {@linkplain #canHandle can handle} it instead of installing it
 * itself (and then neither updates, uninstalls nor refreshes it). New jars are installed and
 * started at once, as FileInstall does; a replaced or removed jar is updated or uninstalled, and
 * refreshed, only when no run is in flight ({@link RunsInFlight}): Felix discards the old
 * revision's class loader on update or uninstall, and a run still loading classes from it would
 * fail with {@code NoClassDefFoundError}. Each run in flight is told in one line.
 *
 * <p>Fragments are left to FileInstall (attaching one means refreshing its host anyway).
 * Configuration files go to FileInstall's own installer ({@code .cfg}, {@code .config}).
 */
final class DeferringInstaller implements ArtifactInstaller, RunsInFlight.DeferredWork {

    /** A change that waits for the runs in flight: the jar to update from, or null to uninstall. */
    private record Change(Bundle bundle, File updateFrom) {
    }

    private final BundleContext context;
    private final RunsInFlight runs;
    private final BundleStarter starter;
    private final FileInstallLog log;
    /** The bundle each jar installed, by jar. Guarded by this. */
    private final Map<File, Long> bundles = new HashMap<>();
    /** The checksum of what each bundle was installed or updated from. Guarded by this. */
    private final Map<Long, Long> checksums = new HashMap<>();
    /** Changes waiting for the runs in flight, by bundle id, in arrival order. Guarded by this. */
    private final Map<Long, Change> pending = new LinkedHashMap<>();

    DeferringInstaller(BundleContext context, RunsInFlight runs) {
        this.context = context;
        this.runs = runs;
        this.log = new FileInstallLog(context);
        this.starter = new BundleStarter(context, log);
    }

    /** Registers an installer for FileInstall; closing it unregisters it. */
    static AutoCloseable register(BundleContext context, RunsInFlight runs) {
        DeferringInstaller installer = new DeferringInstaller(context, runs);
        runs.setWork(installer);
        ServiceRegistration<?> registration = context.registerService(ArtifactInstaller.class.getName(), installer, null);
        return () -> {
            runs.setWork(null);
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // the engine is stopping: already gone
            }
        };
    }

    @Override
    public boolean canHandle(File artifact) {
        BundleJar jar = BundleJar.read(artifact);
        return jar != null && !jar.fragment();
    }

    @Override
    public void install(File artifact) throws Exception {
        BundleJar jar = BundleJar.read(artifact);
        if (jar == null) {
            throw new BundleException(artifact + " is not a bundle jar");
        }
        long checksum = BundleJar.checksum(artifact);
        Bundle same = installed(jar);
        if (same != null) {
            // as FileInstall: the same name and version from another jar (or the same jar back
            // while its removal waits) is that bundle, updated if the bytes differ
            synchronized (this) {
                bundles.put(artifact, same.getBundleId());
                Change waiting = pending.get(same.getBundleId());
                if (Long.valueOf(checksum).equals(checksums.get(same.getBundleId()))
                        && (waiting == null || waiting.updateFrom() == null)) {
                    pending.remove(same.getBundleId()); // the very jar is back: its removal is off
                    return;
                }
            }
            replace(same, jar);
            return;
        }
        Bundle bundle;
        log.info("Installing bundle " + jar.symbolicName() + " / " + jar.version());
        try (InputStream in = Files.newInputStream(artifact.toPath())) {
            bundle = context.installBundle(jar.location(), in);
        }
        synchronized (this) {
            bundles.put(artifact, bundle.getBundleId());
            checksums.put(bundle.getBundleId(), checksum);
        }
        starter.installed(bundle);
    }

    @Override
    public void update(File artifact) throws Exception {
        Bundle bundle = bundleOf(artifact);
        BundleJar jar = BundleJar.read(artifact);
        if (bundle == null || jar == null) {
            install(artifact);
            return;
        }
        replace(bundle, jar);
    }

    @Override
    public void uninstall(File artifact) {
        Bundle bundle;
        synchronized (this) {
            Long id = bundles.remove(artifact);
            if (id == null || bundles.containsValue(id)) {
                return; // not ours, or another jar of the same name and version still holds it
            }
            bundle = context.getBundle(id);
            if (bundle == null) {
                return;
            }
            pending.put(id, new Change(bundle, null));
        }
        String message = ChangeMessages.removed(bundle);
        if (!runs.applyWhenIdle()) {
            runs.warnRuns(message);
        }
    }

    private void replace(Bundle bundle, BundleJar jar) {
        synchronized (this) {
            pending.put(bundle.getBundleId(), new Change(bundle, jar.file()));
        }
        String message = ChangeMessages.replaced(bundle, jar);
        if (!runs.applyWhenIdle()) {
            runs.warnRuns(message);
        }
    }

    @Override
    public synchronized boolean pending() {
        return !pending.isEmpty();
    }

    /** Updates and uninstalls what waits, refreshes those bundles together, then starts them again. */
    @Override
    public void apply() {
        Map<Long, Change> changes;
        synchronized (this) {
            changes = new LinkedHashMap<>(pending);
            pending.clear();
        }
        Set<Bundle> changed = new HashSet<>();
        for (Change change : changes.values()) {
            Bundle bundle = change.bundle();
            try {
                if (change.updateFrom() == null) {
                    log.info("Uninstalling bundle " + bundle.getBundleId() + " (" + bundle.getSymbolicName() + ")");
                    bundle.uninstall();
                    synchronized (this) {
                        checksums.remove(bundle.getBundleId());
                    }
                } else {
                    long checksum = BundleJar.checksum(change.updateFrom());
                    log.info("Updating bundle " + bundle.getSymbolicName() + " / " + bundle.getVersion());
                    try (InputStream in = Files.newInputStream(change.updateFrom().toPath())) {
                        bundle.update(in);
                    }
                    synchronized (this) {
                        checksums.put(bundle.getBundleId(), checksum);
                    }
                }
                changed.add(bundle);
            } catch (Exception | LinkageError e) {
                FrameworkLog.warn((change.updateFrom() == null ? "cannot uninstall " : "cannot update ")
                        + "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + e.getMessage());
            }
        }
        starter.refreshAndStart(changed);
    }

    private synchronized Bundle bundleOf(File artifact) {
        Long id = bundles.get(artifact);
        return id == null ? null : context.getBundle(id);
    }

    /** A bundle already installed with the jar's symbolic name and version. */
    private Bundle installed(BundleJar jar) {
        for (Bundle bundle : context.getBundles()) {
            if (jar.symbolicName().equals(bundle.getSymbolicName()) && jar.version().equals(bundle.getVersion())
                    && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        return null;
    }
}
