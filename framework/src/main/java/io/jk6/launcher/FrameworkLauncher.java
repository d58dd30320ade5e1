package io.jk6.launcher;

import io.jk6.launcher.spi.Command;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts Felix with the core bundles of {@code bundles/}, waits for the command's service and
 * runs it. The framework storage is a fresh temporary directory: a run starts from the
 * bundles on disk, never from a stale cache.
 */
final class FrameworkLauncher {

    private static final long COMMAND_WAIT_MILLIS = 30_000;
    private static final long DEPLOY_WAIT_MILLIS = 30_000;
    /** The command that brings the Gogo shell bundles (folder {@code shell/}). */
    private static final String SHELL = "shell";
    /** k6's exit code for invalid options or configuration. */
    private static final int INVALID_CONFIG = 104;

    private final Jk6Home home;
    private final PrintStream log;

    FrameworkLauncher(Jk6Home home, PrintStream log) {
        this.home = home;
        this.log = log;
    }

    int runCommand(String name, List<String> args, PrintStream out, PrintStream err) {
        FrameworkSettings settings;
        try {
            settings = FrameworkSettings.load(home);
        } catch (IOException e) {
            err.println("ERRO[0000] " + e.getMessage());
            return INVALID_CONFIG;
        }
        Path storage;
        try {
            storage = Files.createTempDirectory("jk6-felix-");
        } catch (IOException e) {
            err.println("cannot create the framework storage: " + e.getMessage());
            return 1;
        }
        Framework framework = null;
        try {
            framework = start(storage, settings, name);
            new DeployFolder(settings.deployDir(), err).awaitInitialDeployment(framework.getBundleContext(), DEPLOY_WAIT_MILLIS);
            Command command = awaitCommand(framework.getBundleContext(), name);
            if (command == null) {
                err.printf("unknown command \"%s\" for \"jk6\"%nRun 'jk6 --help' for usage.%n", name);
                return 1;
            }
            SignalRelay signals = new SignalRelay();
            signals.install();
            return command.execute(new ProcessInvocation(args, out, err, signals));
        } catch (BundleException | IOException | RuntimeException e) {
            err.println("jk6 could not start: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SignalRelay.EXTERNAL_ABORT;
        } finally {
            stop(framework);
            deleteTree(storage);
        }
    }

    private Framework start(Path storage, FrameworkSettings settings, String command)
            throws BundleException, IOException {
        Map<String, String> config = new HashMap<>(settings.properties());
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // for bundles that show or use them (the shell's jk6:version, jk6:modules)
        config.put("jk6.home", home.root().toString());
        config.put("jk6.version", Jk6Version.jk6());
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundlesFor(command)) {
            // "reference:": Felix reads the jar where it is instead of copying it into the storage
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            bundle.adapt(BundleStartLevel.class).setStartLevel(StartLevels.of(bundle));
            installed.add(bundle);
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && !StartLevels.isLibrary(bundle)) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        framework.start();
        awaitStartLevel(framework);
        return framework;
    }

    /** The core bundles, and for {@code jk6 shell} the shell's (Gogo is optional: the core runs without it). */
    private List<Path> bundlesFor(String command) throws IOException {
        List<Path> jars = new ArrayList<>(jars(home.bundles(), "core bundles"));
        if (command.equals(SHELL)) {
            jars.addAll(jars(home.shell(), "shell bundles"));
        }
        return jars;
    }

    private static List<Path> jars(Path dir, String what) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no " + what + " in " + dir + " (is JK6_HOME right?)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** framework.start() raises the start level asynchronously; bundles are started once it is reached. */
    private static void awaitStartLevel(Framework framework) {
        FrameworkStartLevel level = framework.adapt(FrameworkStartLevel.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (level.getStartLevel() < StartLevels.DEPLOYED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Command awaitCommand(BundleContext context, String name) {
        String filter = "(&(" + Constants.OBJECTCLASS + "=" + Command.class.getName() + ")(" + Command.NAME + "=" + name + "))";
        try {
            ServiceTracker<Command, Command> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
            tracker.open();
            Command command = tracker.waitForService(isKnown(name) ? COMMAND_WAIT_MILLIS : 2_000);
            return command;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            log.println("invalid command name: " + name);
            return null;
        }
    }

    private static boolean isKnown(String name) {
        return name.equals("run") || name.equals("inspect") || name.equals("archive") || name.equals(SHELL);
    }

    private void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(10_000);
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                log.println("warning: the OSGi framework did not stop within 10s");
            }
        } catch (BundleException | InterruptedException e) {
            log.println("warning: stopping the OSGi framework: " + e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
