package io.jk6.engine.deploy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * A bundle jar in deploy/, as its manifest describes it.
 *
 * @param symbolicName {@code Bundle-SymbolicName} without its directives
 * @param version {@code Bundle-Version} (0.0.0 when absent)
 * @param fragment true for a fragment ({@code Fragment-Host})
 */
record BundleJar(File file, String symbolicName, Version version, boolean fragment) {

    /** The jar's manifest, or null when {@code file} is not a readable bundle jar. */
    static BundleJar read(File file) {
        if (!file.isFile() || !file.getName().endsWith(".jar")) {
            return null;
        }
        try (JarFile jar = new JarFile(file)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return null;
            }
            Attributes main = manifest.getMainAttributes();
            String name = main.getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (name == null || name.isBlank()) {
                return null;
            }
            String version = main.getValue(Constants.BUNDLE_VERSION);
            return new BundleJar(file, name.split(";", 2)[0].strip(),
                    version == null ? Version.emptyVersion : Version.parseVersion(version.strip()),
                    main.getValue(Constants.FRAGMENT_HOST) != null);
        } catch (IOException | IllegalArgumentException e) {
            return null; // half written, not a zip, or a broken version: not ours to install
        }
    }

    /** The bundle location, as FileInstall itself gives its bundles (the launcher finds them by it). */
    String location() {
        return file.toURI().normalize().toString();
    }

    /** A checksum of the jar's bytes: an unchanged jar is not installed again. */
    static long checksum(File file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
