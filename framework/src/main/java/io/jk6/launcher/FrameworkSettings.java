package io.jk6.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.osgi.framework.Constants;

/**
 * The framework properties Felix and FileInstall start with: jk6's defaults, then
 * {@code conf/framework.properties}, then {@code -Dname=value} system properties of the same
 * names (JAVA_OPTS), each overriding the one before. The framework storage is not a setting: the
 * launcher owns it.
 */
final class FrameworkSettings {

    /** Where FileInstall looks; relative values are relative to JK6_HOME. */
    static final String DEPLOY_DIR = "felix.fileinstall.dir";

    private final Map<String, String> properties;
    private final Path deployDir;

    private FrameworkSettings(Map<String, String> properties, Path deployDir) {
        this.properties = properties;
        this.deployDir = deployDir;
    }

    /** Reads {@code conf/framework.properties} of {@code home}, if there is one. */
    static FrameworkSettings load(Jk6Home home) throws IOException {
        Map<String, String> merged = new LinkedHashMap<>(defaults(home));
        Path file = home.conf().resolve("framework.properties");
        if (Files.isRegularFile(file)) {
            Properties conf = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                conf.load(reader);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            conf.stringPropertyNames().forEach(name -> merged.put(name, conf.getProperty(name).strip()));
        }
        for (String name : merged.keySet()) {
            String fromJvm = System.getProperty(name);
            if (fromJvm != null) {
                merged.put(name, fromJvm);
            }
        }
        merged.remove(Constants.FRAMEWORK_STORAGE);
        Path deploy = home.root().resolve(merged.get(DEPLOY_DIR).replace("${jk6.home}", home.root().toString()))
                .toAbsolutePath().normalize();
        merged.put(DEPLOY_DIR, deploy.toString());
        return new FrameworkSettings(Map.copyOf(merged), deploy);
    }

    private static Map<String, String> defaults(Jk6Home home) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        defaults.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, String.valueOf(StartLevels.DEPLOYED));
        defaults.put("felix.log.level", "1");
        defaults.putAll(DeployFolder.fileInstallProperties(home.deploy()));
        return defaults;
    }

    /** The properties for {@code FrameworkFactory.newFramework}, without the storage. */
    Map<String, String> properties() {
        return properties;
    }

    /** The folder FileInstall watches, absolute. */
    Path deployDir() {
        return deployDir;
    }
}
