package io.jk6.launcher;

import java.io.PrintStream;
import java.util.Locale;
import org.graalvm.polyglot.Engine;

/**
 * {@code jk6 version}: jk6, Java and GraalJS versions and whether GraalJS compiles scripts
 * (the JIT, "GraalVM CE") or only interprets them ("Interpreted", 5-15x slower).
 */
final class VersionCommand {

    private final PrintStream out;

    VersionCommand(PrintStream out) {
        this.out = out;
    }

    int run() {
        out.printf("jk6 v%s (java %s, %s/%s)%n", Jk6Version.jk6(), Runtime.version(),
                System.getProperty("os.name").toLowerCase(Locale.ROOT), arch());
        // experimental options allowed: JAVA_OPTS may tune the compiler as the engine allows it
        // (-Dpolyglot.engine.FirstTierCompilationThreshold=...), and version must still answer
        try (Engine engine = Engine.newBuilder("js").allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            String impl = engine.getImplementationName();
            // engine.getVersion() says "Development Build" for the Maven Central artifacts
            out.printf("GraalJS %s (%s)%n", Jk6Version.graalvm(), JitCheck.describe(impl));
        } catch (RuntimeException | LinkageError e) {
            out.println("GraalJS unavailable: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("x86_64") ? "amd64" : arch;
    }
}
