package io.jk6.shell;

import io.jk6.api.runtime.RunningTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code jk6:deploy} and {@code jk6:undeploy}: copy a bundle into, or remove one from, the
 * folder FileInstall watches ({@code deploy/}), then wait (bounded) for FileInstall to install
 * and start it or to uninstall it, and say what happened. While tests run, a replaced or removed
 * jar is applied only once they end: the commands say so instead of waiting.
 */
@Component(service = DeployCommands.class, property = {
        "osgi.command.scope=jk6",
        "osgi.command.function=deploy",
        "osgi.command.function=undeploy"})
public final class DeployCommands {

    /** FileInstall polls every second; starting a bundle may take a little longer. */
    private static final long WAIT_MILLIS = 15_000;

    private final BundleContext context;

    @Activate
    public DeployCommands(BundleContext context) {
        this.context = context;
    }

    @Descriptor("copy a bundle (an extension jar) into deploy/; FileInstall installs and starts it")
    public String deploy(CommandSession session,
            @Descriptor("the jar: a path (relative to the shell's directory) or a file: URL") String source)
            throws IOException, InterruptedException {
        Path jar = source.startsWith("file:") ? Path.of(URI.create(source)) : session.currentDir().resolve(source);
        jar = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(source + ": no such file");
        }
        String symbolicName = symbolicName(jar);
        if (symbolicName == null) {
            throw new IllegalArgumentException(source + " is not an OSGi bundle (no Bundle-SymbolicName in its manifest)");
        }
        Path target = deployFolder().resolve(jar.getFileName());
        Bundle replaced = installedFrom(target);
        long copiedAt = System.currentTimeMillis();
        Path temporary = Files.createTempFile(deployFolder(), ".deploying-", ".tmp");
        try (InputStream in = Files.newInputStream(jar)) {
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        }
        // a rename, so FileInstall never sees a half-written jar
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        int running = testsRunning();
        if (replaced != null && running > 0) {
            return "copied deploy/" + target.getFileName() + ": it replaces bundle " + replaced.getSymbolicName() + " "
                    + replaced.getVersion() + " once the " + running + " test(s) running end (they keep the version"
                    + " they started with)";
        }
        return awaitActive(target, copiedAt);
    }

    @Descriptor("remove a bundle from deploy/; FileInstall stops and uninstalls it")
    public String undeploy(
            @Descriptor("the jar's file name in deploy/ (with or without .jar), or its bundle's symbolic name") String name)
            throws IOException, InterruptedException {
        Path jar = find(name);
        Bundle bundle = installedFrom(jar);
        Files.delete(jar);
        String what = bundle == null ? "" : " (bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + ")";
        int running = testsRunning();
        if (bundle != null && running > 0) {
            return "removed deploy/" + jar.getFileName() + what + ": uninstalled once the " + running
                    + " test(s) running end (they keep it until then)";
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (bundle != null && bundle.getState() != Bundle.UNINSTALLED && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        if (bundle != null && bundle.getState() != Bundle.UNINSTALLED) {
            throw new IllegalStateException("removed deploy/" + jar.getFileName() + what
                    + " but FileInstall has not uninstalled it within " + WAIT_MILLIS / 1000 + "s");
        }
        return "removed deploy/" + jar.getFileName() + what + ": uninstalled";
    }

    private String awaitActive(Path target, long copiedAt) throws InterruptedException {
        String name = "deploy/" + target.getFileName();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Bundle bundle = null;
        while (System.currentTimeMillis() < deadline) {
            bundle = installedFrom(target);
            if (bundle != null && bundle.getLastModified() >= copiedAt - 1000 && bundle.getState() == Bundle.ACTIVE) {
                return "deployed " + name + ": bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                        + " installed and started";
            }
            Thread.sleep(50);
        }
        if (bundle == null) {
            throw new IllegalStateException("copied " + name + " but FileInstall did not install it within "
                    + WAIT_MILLIS / 1000 + "s (is FileInstall active? try lb)");
        }
        throw new IllegalStateException("copied " + name + ": bundle " + bundle.getSymbolicName() + " " + bundle.getVersion()
                + " is installed but not started: " + whyNotActive(bundle));
    }

    /** The framework's own reason, found by starting the bundle once more. */
    private static String whyNotActive(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return "it started late";
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /** The jar in deploy/ with this file name (".jar" optional) or whose bundle has this symbolic name. */
    private Path find(String name) throws IOException {
        Path dir = deployFolder();
        for (String file : List.of(name, name + ".jar")) {
            Path jar = dir.resolve(file).normalize();
            if (jar.getParent().equals(dir) && Files.isRegularFile(jar)) {
                return jar;
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                if (name.equals(symbolicName(jar))) {
                    return jar;
                }
            }
        }
        throw new IllegalArgumentException("nothing named " + name + " in deploy/ (jk6:modules shows what came from there)");
    }

    /**
     * The tests running in this framework: the engine applies a replaced or removed jar only when
     * none is (see docs/extensions.md), so the commands do not wait for that.
     */
    private int testsRunning() {
        try {
            return context.getServiceReferences(RunningTest.class, null).size();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter: cannot happen
        }
    }

    private Bundle installedFrom(Path jar) {
        for (Bundle bundle : context.getBundles()) {
            Path file = BundleOrigin.file(bundle.getLocation());
            if (jar.equals(file)) {
                return bundle;
            }
        }
        return null;
    }

    private Path deployFolder() {
        Path dir = Jk6Paths.deploy(context);
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalStateException("no deploy/ folder (FileInstall's felix.fileinstall.dir is " + dir + ")");
        }
        return dir;
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? null : name.split(";")[0].trim(); // without directives (singleton:=true)
        } catch (IOException e) {
            return null;
        }
    }
}
