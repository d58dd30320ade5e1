package io.jk6.engine.runner;

import io.jk6.engine.run.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Run settings from Configuration Admin, so they need no flags: a file {@code deploy/io.jk6.run.cfg}
 * (FileInstall turns {@code deploy/*.cfg} into configurations) with {@code out = json=results.json, logger}
 * gives the outputs of every {@code jk6 run} that has no {@code --out} of its own, as k6's
 * {@code K6_OUT} does.
 *
 * <p>FileInstall applies a file on its own thread, at its first scan or a poll later, and
 * Configuration Admin may start after the engine. So a run never reads the configurations as they
 * happen to be: it first waits until they agree with the folder (every {@code .cfg} there applied,
 * none applied from a file no longer there), and says in one line when they do not in time,
 * instead of running silently without the deployed settings.
 */
final class DeployedRunConfig {

    /** The configuration PID of run settings (file name {@code io.jk6.run.cfg}). */
    static final String PID = "io.jk6.run";
    /** FileInstall marks the configurations it made with the file they came from (a file: URI). */
    private static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    /** FileInstall applies a file within one poll (1 s by default); this covers a very busy machine. */
    private static final long APPLY_WAIT_MILLIS = 30_000;
    private static final long RECHECK_MILLIS = 20;

    private DeployedRunConfig() {
    }

    /**
     * The outputs configured under {@link #PID}, once the configurations agree with the deploy
     * folder. {@code bound} is the engine's Configuration Admin reference, {@code null} when the
     * service is not (yet) there.
     */
    static List<String> outputs(ConfigurationAdmin bound, BundleContext context, RunLog log)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + APPLY_WAIT_MILLIS;
        Path dir = deployDir(context);
        List<Path> files = configFiles(dir);
        ConfigurationAdmin configAdmin = bound != null ? bound : files.isEmpty() ? null : await(context, deadline);
        if (configAdmin == null) {
            files.forEach(f -> log.warn("deploy/" + f.getFileName() + " is not applied: no Configuration Admin"
                    + " service is running (bundle org.apache.felix.configadmin); this run has no deployed settings"));
            return List.of();
        }
        for (Path file : files) {
            if (!awaitApplied(configAdmin, file, deadline)) {
                log.warn("deploy/" + file.getFileName() + " is not applied: FileInstall did not turn it into a"
                        + " configuration within " + APPLY_WAIT_MILLIS / 1000 + "s; this run does not use it");
            }
        }
        awaitRemovedFilesGone(configAdmin, dir, deadline);
        return outputsOf(configAdmin);
    }

    private static List<String> outputsOf(ConfigurationAdmin configAdmin) throws IOException {
        Configuration[] found = list(configAdmin, "(service.pid=" + PID + ")");
        Dictionary<String, Object> properties = found == null || found.length == 0 ? null : propertiesOf(found[0]);
        if (properties == null) {
            return List.of();
        }
        Object out = properties.get("out");
        List<String> outputs = new ArrayList<>();
        Collection<?> values = out instanceof String s ? Arrays.asList(s.split(","))
                : out instanceof String[] a ? Arrays.asList(a) : out instanceof Collection<?> c ? c : List.of();
        for (Object value : values) {
            String text = String.valueOf(value).trim();
            if (!text.isEmpty()) {
                outputs.add(text);
            }
        }
        return outputs;
    }

    private static Path deployDir(BundleContext context) {
        String dir = context == null ? null : context.getProperty("felix.fileinstall.dir");
        return dir == null || !Files.isDirectory(Path.of(dir)) ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    private static List<Path> configFiles(Path dir) throws IOException {
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> isConfigFile(p.getFileName().toString())).sorted().toList();
        }
    }

    private static boolean isConfigFile(String name) {
        return name.endsWith(".cfg") || name.endsWith(".config");
    }

    /** Configuration Admin when it starts after the engine: it is there before {@code deadline} or not at all. */
    private static ConfigurationAdmin await(BundleContext context, long deadline) throws InterruptedException {
        if (context == null) {
            return null;
        }
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> tracker = new ServiceTracker<>(context,
                ConfigurationAdmin.class, null);
        tracker.open();
        try {
            return tracker.waitForService(Math.max(1, deadline - System.currentTimeMillis()));
        } finally {
            tracker.close();
        }
    }

    /** Whether FileInstall made a configuration from {@code file} before {@code deadline}. */
    private static boolean awaitApplied(ConfigurationAdmin configAdmin, Path file, long deadline)
            throws IOException, InterruptedException {
        Path path = file.toAbsolutePath().normalize();
        while (!fileInstallSources(configAdmin).contains(path)) {
            if (System.currentTimeMillis() >= deadline || !Files.exists(file)) {
                return false;
            }
            Thread.sleep(RECHECK_MILLIS);
        }
        return true;
    }

    /**
     * A {@code .cfg} deleted just before the run leaves its configuration until FileInstall's next
     * poll: wait for FileInstall to delete it, so the run does not use settings no longer deployed.
     */
    private static void awaitRemovedFilesGone(ConfigurationAdmin configAdmin, Path dir, long deadline)
            throws IOException, InterruptedException {
        if (dir == null) {
            return;
        }
        while (System.currentTimeMillis() < deadline && fileInstallSources(configAdmin).stream()
                .anyMatch(source -> dir.equals(source.getParent()) && !Files.exists(source))) {
            Thread.sleep(RECHECK_MILLIS);
        }
    }

    /** The files FileInstall made the present configurations from. */
    private static List<Path> fileInstallSources(ConfigurationAdmin configAdmin) throws IOException {
        Configuration[] found = list(configAdmin, "(" + FILEINSTALL_FILENAME + "=*)");
        List<Path> sources = new ArrayList<>();
        for (Configuration config : found == null ? new Configuration[0] : found) {
            Dictionary<String, Object> properties = propertiesOf(config);
            Object from = properties == null ? null : properties.get(FILEINSTALL_FILENAME);
            Path source = from == null ? null : pathOf(from.toString());
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    /**
     * A configuration's properties, or null when it has none or is gone: FileInstall may delete it
     * between {@code listConfigurations} and this call (its file removed meanwhile), and Configuration
     * Admin then throws instead.
     */
    private static Dictionary<String, Object> propertiesOf(Configuration config) {
        try {
            return config.getProperties();
        } catch (IllegalStateException deleted) {
            return null;
        }
    }

    /** FileInstall writes a file: URI (older versions a plain path). */
    private static Path pathOf(String name) {
        try {
            return (name.startsWith("file:") ? Path.of(java.net.URI.create(name)) : Path.of(name))
                    .toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Configuration[] list(ConfigurationAdmin configAdmin, String filter) throws IOException {
        try {
            return configAdmin.listConfigurations(filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(filter, e);
        }
    }
}
