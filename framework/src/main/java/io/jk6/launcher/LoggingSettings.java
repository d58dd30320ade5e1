package io.jk6.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.LogManager;

/**
 * The logging settings of {@code conf/}, applied before anything logs:
 * <ul>
 * <li>{@code conf/logging.properties}: java.util.logging, used by Apache Felix FileInstall and the
 * JDK (standard {@link LogManager} format). {@code -Djava.util.logging.config.file} replaces it.
 * <li>{@code conf/simplelogger.properties}: slf4j-simple, used by jk6's bundles (its
 * {@code org.slf4j.simpleLogger.*} keys, which it reads from system properties).
 * {@code -D} options of the same names win.
 * </ul>
 */
final class LoggingSettings {

    static final String JUL_FILE = "logging.properties";
    static final String SLF4J_FILE = "simplelogger.properties";

    private LoggingSettings() {
    }

    /** Applies what {@code confDir} holds; a broken file is reported on {@code err} and skipped. */
    static void apply(Path confDir, PrintStream err) {
        Path jul = confDir.resolve(JUL_FILE);
        if (System.getProperty("java.util.logging.config.file") == null && Files.isRegularFile(jul)) {
            try (InputStream in = Files.newInputStream(jul)) {
                LogManager.getLogManager().readConfiguration(in);
            } catch (IOException | RuntimeException e) {
                err.println("WARN[0000] " + jul + " is not used: " + e.getMessage());
            }
        }
        Path slf4j = confDir.resolve(SLF4J_FILE);
        if (Files.isRegularFile(slf4j)) {
            Properties settings = new Properties();
            try (Reader reader = Files.newBufferedReader(slf4j, StandardCharsets.UTF_8)) {
                settings.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                err.println("WARN[0000] " + slf4j + " is not used: " + e.getMessage());
                return;
            }
            for (String name : settings.stringPropertyNames()) {
                if (System.getProperty(name) == null) {
                    System.setProperty(name, settings.getProperty(name).strip());
                }
            }
        }
    }
}
