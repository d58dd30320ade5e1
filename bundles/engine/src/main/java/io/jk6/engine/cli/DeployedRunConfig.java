package io.jk6.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Run settings from Configuration Admin, so they need no flags: a file {@code deploy/io.jk6.run.cfg}
 * (FileInstall turns {@code deploy/*.cfg} into configurations) with {@code out = json=results.json, logger}
 * gives the outputs of every {@code jk6 run} that has no {@code --out} of its own, as k6's
 * {@code K6_OUT} does.
 */
final class DeployedRunConfig {

    /** The configuration PID of run settings (file name {@code io.jk6.run.cfg}). */
    static final String PID = "io.jk6.run";
    /** FileInstall marks the configurations it made with the file they came from. */
    private static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    private static final long APPLY_WAIT_MILLIS = 5_000;

    private DeployedRunConfig() {
    }

    /**
     * The outputs configured under {@link #PID}, after waiting (briefly) for FileInstall to have
     * applied every {@code .cfg} file of the deploy folder: a one-shot run starts as fast as
     * FileInstall scans, and must still see them.
     */
    static List<String> outputs(ConfigurationAdmin configAdmin, BundleContext context) throws IOException, InterruptedException {
        if (configAdmin == null) {
            return List.of();
        }
        awaitDeployedFiles(configAdmin, context);
        Configuration[] found;
        try {
            found = configAdmin.listConfigurations("(service.pid=" + PID + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (found == null || found.length == 0 || found[0].getProperties() == null) {
            return List.of();
        }
        Object out = found[0].getProperties().get("out");
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

    private static void awaitDeployedFiles(ConfigurationAdmin configAdmin, BundleContext context)
            throws IOException, InterruptedException {
        String dir = context == null ? null : context.getProperty("felix.fileinstall.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            return;
        }
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cfg") || n.endsWith(".config")).toList();
        }
        long deadline = System.currentTimeMillis() + APPLY_WAIT_MILLIS;
        for (String file : files) {
            while (!applied(configAdmin, file) && System.currentTimeMillis() < deadline) {
                Thread.sleep(25);
            }
        }
    }

    private static boolean applied(ConfigurationAdmin configAdmin, String file) throws IOException {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + FILEINSTALL_FILENAME + "=*" + file + ")");
            return found != null && found.length > 0;
        } catch (InvalidSyntaxException e) {
            return true; // a file name the filter cannot express: do not wait for it
        }
    }
}
