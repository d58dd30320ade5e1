package io.jk6.itests;

import io.jk6.itests.hot.FailingModule;
import io.jk6.itests.hot.HotModule;
import io.jk6.itests.hot.HotOutputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.BundleContext;

/**
 * The folder Apache Felix FileInstall watches in the test framework (framework property
 * {@code felix.fileinstall.dir}, set in test.bndrun), and the extension jars tests drop into it:
 * real bundles with a DS component providing a JS module.
 */
final class DeployFolder {

    private final Path dir;

    DeployFolder(BundleContext context) throws IOException {
        this.dir = Path.of(context.getProperty("felix.fileinstall.dir"));
        Files.createDirectories(dir);
        // jars a failed earlier build left behind would otherwise stay deployed
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    Path dir() {
        return dir;
    }

    /**
     * Writes {@code fileName}: a bundle {@code bsn} whose component serves {@code moduleName} with
     * {@code hot.version = version}.
     */
    Path deployModule(String fileName, String bsn, String moduleName, String version) throws IOException {
        return deployComponent(fileName, bsn, HotModule.class, "io.jk6.api.js.JsModule",
                "jk6.module.name", moduleName, version, "");
    }

    /**
     * Writes {@code fileName}: a bundle {@code bsn} at {@code bundleVersion} whose component
     * {@code implementation} (a {@link HotModule}) serves {@code moduleName} with
     * {@code hot.version = version}.
     */
    Path deployModule(String fileName, String bsn, String bundleVersion, Class<? extends HotModule> implementation,
            String moduleName, String version) throws IOException {
        return writeComponent(dir.resolve(fileName), bsn, bundleVersion, implementation, "io.jk6.api.js.JsModule",
                "jk6.module.name", moduleName, version, "");
    }

    /**
     * Writes {@code fileName}: a bundle {@code bsn} serving {@code moduleName} once a service
     * {@code referenceInterface} matching {@code target} is there (a mandatory, static reference
     * named {@code referenceName}; the module never calls it).
     */
    Path deployModuleNeeding(String fileName, String bsn, String moduleName, String referenceName,
            String referenceInterface, String target) throws IOException {
        String reference = "<reference name=\"%s\" interface=\"%s\" target=\"%s\"/>"
                .formatted(referenceName, referenceInterface, target);
        return deployComponent(fileName, bsn, HotModule.class, "io.jk6.api.js.JsModule",
                "jk6.module.name", moduleName, "1.0.0", reference);
    }

    /** Writes {@code fileName}: a bundle {@code bsn} whose {@code moduleName} component throws on activation. */
    Path deployFailingModule(String fileName, String bsn, String moduleName) throws IOException {
        return deployComponent(fileName, bsn, FailingModule.class, "io.jk6.api.js.JsModule",
                "jk6.module.name", moduleName, "1.0.0", "");
    }

    /** Writes {@code fileName}: a bundle {@code bsn} whose component is the output {@code outputName}. */
    Path deployOutput(String fileName, String bsn, String outputName, String version) throws IOException {
        return deployComponent(fileName, bsn, HotOutputFactory.class, "io.jk6.api.output.OutputFactory",
                "jk6.output.name", outputName, version, "");
    }

    /**
     * A bundle with one DS component: {@code implementation}'s class file from this test bundle,
     * providing {@code service} with the name property and {@code hot.version}, and the
     * {@code references} (component XML elements). Its superclasses from this test bundle come
     * along. Written aside and moved in, so FileInstall never reads half a jar.
     */
    private Path deployComponent(String fileName, String bsn, Class<?> implementation, String service,
            String nameProperty, String name, String version, String references) throws IOException {
        return writeComponent(dir.resolve(fileName), bsn, implementation, service, nameProperty, name, version, references);
    }

    /**
     * Writes {@code file} outside the deploy folder: a bundle {@code bsn} serving {@code moduleName},
     * such as a user keeps before {@code jk6:deploy} copies it in.
     */
    Path writeModule(Path file, String bsn, String moduleName) throws IOException {
        return writeComponent(file, bsn, HotModule.class, "io.jk6.api.js.JsModule", "jk6.module.name", moduleName, "1", "");
    }

    private Path writeComponent(Path file, String bsn, Class<?> implementation, String service,
            String nameProperty, String name, String version, String references) throws IOException {
        return writeComponent(file, bsn, "1.0.0", implementation, service, nameProperty, name, version, references);
    }

    private Path writeComponent(Path file, String bsn, String bundleVersion, Class<?> implementation, String service,
            String nameProperty, String name, String version, String references) throws IOException {
        // beside the deploy folder, not in it: FileInstall must not see the half-written jar
        Path tmp = Files.createTempFile(file.startsWith(dir) ? dir.getParent() : file.getParent(), "bundle", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(out, manifest(bsn, bundleVersion))) {
            for (Class<?> type = implementation; type.getClassLoader() == implementation.getClassLoader();
                    type = type.getSuperclass()) {
                copyClass(jar, type);
            }
            for (Class<?> inner : implementation.getDeclaredClasses()) {
                copyClass(jar, inner);
            }
            copyAnonymousClasses(jar, implementation);
            jar.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
            jar.write(component(implementation, service, nameProperty, name, version, references)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyClass(JarOutputStream jar, Class<?> type) throws IOException {
        String classFile = type.getName().replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(classFile));
        try (InputStream in = type.getClassLoader().getResourceAsStream(classFile)) {
            in.transferTo(jar);
        }
    }

    /** Anonymous classes ({@code Outer$1}, ...) have no Class literal: found by name. */
    private static void copyAnonymousClasses(JarOutputStream jar, Class<?> outer) throws IOException {
        for (int i = 1; ; i++) {
            String classFile = outer.getName().replace('.', '/') + "$" + i + ".class";
            try (InputStream in = outer.getClassLoader().getResourceAsStream(classFile)) {
                if (in == null) {
                    return;
                }
                jar.putNextEntry(new JarEntry(classFile));
                in.transferTo(jar);
            }
        }
    }

    /** A jar file that is not a bundle (no manifest headers). */
    Path deployNotABundle(String fileName) throws IOException {
        Path tmp = Files.createTempFile(dir.getParent(), "plain", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("not a bundle".getBytes(StandardCharsets.UTF_8));
        }
        return Files.move(tmp, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A Configuration Admin file ({@code PID.cfg}) with {@code content}, written aside and moved in. */
    Path deployConfig(String fileName, String content) throws IOException {
        Path tmp = Files.createTempFile(dir.getParent(), "config", ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        return Files.move(tmp, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void remove(String fileName) throws IOException {
        Files.deleteIfExists(dir.resolve(fileName));
    }

    private static Manifest manifest(String bsn, String bundleVersion) {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", bundleVersion);
        a.putValue("Import-Package", "io.jk6.api.js;version=\"[1.0,2)\",io.jk6.api.metrics;version=\"[1.0,2)\","
                + "io.jk6.api.output;version=\"[1.0,2)\"");
        a.putValue("Service-Component", "OSGI-INF/component.xml");
        return manifest;
    }

    private static String component(Class<?> implementation, String service, String nameProperty, String name,
            String version, String references) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%s" activate="activate">
                  <implementation class="%s"/>
                  <service><provide interface="%s"/></service>
                  <property name="%s" value="%s"/>
                  <property name="hot.version" value="%s"/>
                  %s
                </scr:component>
                """.formatted(name.replace('/', '.'), implementation.getName(), service, nameProperty, name, version,
                references);
    }
}
