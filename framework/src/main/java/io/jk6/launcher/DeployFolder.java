package io.jk6.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The {@code deploy/} folder, which Apache Felix FileInstall watches. A one-shot {@code jk6 run}
 * must see every extension that is there when it starts, so the launcher waits until
 * FileInstall has installed and started each bundle jar of the folder, and reports in one line
 * each jar that is not a bundle or cannot start.
 */
final class DeployFolder {

    /** FileInstall settings (framework properties; see its documentation). */
    static Map<String, String> fileInstallProperties(Path dir) {
        return Map.of(
                "felix.fileinstall.dir", dir.toString(),
                "felix.fileinstall.poll", "1000",
                "felix.fileinstall.noInitialDelay", "true",
                "felix.fileinstall.filter", ".*\\.(jar|cfg|config)",
                "felix.fileinstall.bundles.new.start", "true",
                "felix.fileinstall.start.level", String.valueOf(StartLevels.DEPLOYED),
                "felix.fileinstall.active.level", String.valueOf(StartLevels.FILEINSTALL),
                // deploy/ is the user's input, never written: with its default (true) FileInstall wrote a
                // configuration back to its .cfg file, and 1 run in about 20 left io.jk6.run.cfg empty
                "felix.fileinstall.enableConfigSave", "false",
                // java.util.logging (stderr) rather than FileInstall's default stdout, where the
                // summary goes; errors only: jk6 reports start-up problems itself
                "felix.fileinstall.log.default", "jul",
                "felix.fileinstall.log.level", "1");
    }

    private static final long POLL_MILLIS = 50;
    /** How long a resolved bundle may wait for FileInstall to start it before jk6 asks why. */
    private static final long START_GRACE_MILLIS = 2000;

    private final Path dir;
    private final PrintStream log;

    DeployFolder(Path dir, PrintStream log) {
        this.dir = dir;
        this.log = log;
    }

    /**
     * Waits until every bundle jar in the folder is installed and active, at most {@code timeoutMillis}.
     * Returns the problems found, each a line naming the jar.
     */
    List<String> awaitInitialDeployment(BundleContext context, long timeoutMillis) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = new ArrayList<>();
        for (Path jar : jars()) {
            if (isBundle(jar)) {
                bundles.add(jar);
            } else {
                problems.add("deploy/" + jar.getFileName() + " is not an OSGi bundle (no Bundle-SymbolicName"
                        + " in its manifest): ignored");
            }
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        Map<Path, Long> resolvedSince = new HashMap<>();
        List<Path> pending = new ArrayList<>(bundles);
        while (!pending.isEmpty() && System.currentTimeMillis() < deadline) {
            for (Iterator<Path> it = pending.iterator(); it.hasNext(); ) {
                Path jar = it.next();
                Bundle bundle = find(context, jar);
                if (bundle == null) {
                    continue; // FileInstall has not reached it yet
                }
                if (bundle.getState() == Bundle.ACTIVE) {
                    it.remove();
                } else if (bundle.getState() == Bundle.INSTALLED && !wiring.resolveBundles(List.of(bundle))) {
                    problems.add(describeFailure(jar, bundle)); // can never start: say why now
                    it.remove();
                } else if (bundle.getState() == Bundle.RESOLVED
                        && System.currentTimeMillis() - resolvedSince.computeIfAbsent(jar, j -> System.currentTimeMillis())
                                > START_GRACE_MILLIS) {
                    problems.add(describeFailure(jar, bundle)); // resolved but not started: its activator failed?
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        for (Path jar : pending) {
            problems.add(describeFailure(jar, find(context, jar)));
        }
        problems.forEach(p -> log.println("WARN[0000] " + p));
        return problems;
    }

    private List<Path> jars() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            log.println("WARN[0000] cannot list " + dir + ": " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isBundle(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** FileInstall installs with the file's URI as location. */
    private static Bundle find(BundleContext context, Path jar) {
        String name = jar.getFileName().toString();
        Path real = jar.toAbsolutePath().normalize();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (location.endsWith(name) && location.contains(real.getParent().getFileName().toString())) {
                return bundle;
            }
        }
        return null;
    }

    private static boolean isActive(Bundle bundle) {
        return bundle != null && bundle.getState() == Bundle.ACTIVE;
    }

    /** Why a jar did not become active: starting it once more gives the framework's own reason. */
    private static String describeFailure(Path jar, Bundle bundle) {
        String name = "deploy/" + jar.getFileName();
        if (bundle == null) {
            return name + " was not installed in time (FileInstall did not pick it up)";
        }
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return name + " started late; its modules may be missing from this run";
        } catch (BundleException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
            return name + " (" + bundle.getSymbolicName() + ") cannot start: " + e.getMessage() + cause;
        } catch (RuntimeException e) {
            return name + " (" + bundle.getSymbolicName() + ") cannot start: " + e;
        }
    }
}
