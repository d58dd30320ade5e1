package io.jk6.k6;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The bundle is a plain extension: bnd (run before the tests, in process-classes) must find
 * every module's component and import nothing but the API, the polyglot API and the JDK.
 */
class BundleManifestTest {

    private static Attributes manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void everyModuleIsADeclarativeServicesComponent() throws IOException {
        assertThat(manifest().getValue("Service-Component"))
                .contains("OSGI-INF/io.jk6.k6.K6Module.xml")
                .contains("OSGI-INF/io.jk6.k6.metrics.MetricsModule.xml")
                .contains("OSGI-INF/io.jk6.k6.encoding.EncodingModule.xml")
                .contains("OSGI-INF/io.jk6.k6.crypto.CryptoModule.xml")
                .contains("OSGI-INF/io.jk6.k6.execution.ExecutionModule.xml");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.k6.execution.ExecutionModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/execution\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.k6.K6Module.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.k6.metrics.MetricsModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/metrics\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.k6.encoding.EncodingModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/encoding\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.k6.crypto.CryptoModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/crypto\"");
    }

    @Test
    void importsOnlyTheApiPolyglotAndTheJdk() throws IOException {
        String imports = manifest().getValue("Import-Package");
        // Split on the commas between packages, not the ones inside version ranges.
        String[] packages = imports.split(",(?=[a-z])");
        // javax.crypto (k6/crypto's HMACs) is the JDK's too: the system bundle exports it.
        assertThat(Arrays.stream(packages).map(p -> p.split(";")[0]))
                .allMatch(p -> p.startsWith("io.jk6.api.") || p.startsWith("org.graalvm.polyglot")
                        || p.startsWith("java.") || p.equals("javax.crypto") || p.equals("javax.crypto.spec"))
                .contains("io.jk6.api.js", "io.jk6.api.metrics", "org.graalvm.polyglot");
        assertThat(manifest().getValue("Export-Package")).isNull();
    }
}
