package io.jk6.data;

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
 * The bundle is a plain extension: bnd (run before the tests, in process-classes) must find its three
 * modules' components, keep the JS glue beside them and import nothing but the API, polyglot and the JDK.
 */
class BundleManifestTest {

    private static Attributes manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void everyModuleIsADeclarativeServicesComponentWithItsName() throws IOException {
        assertThat(manifest().getValue("Service-Component"))
                .contains("OSGI-INF/io.jk6.data.fs.FsModule.xml", "OSGI-INF/io.jk6.data.csv.CsvModule.xml",
                        "OSGI-INF/io.jk6.data.streams.StreamsModule.xml");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.data.csv.CsvModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/experimental/csv\"");
        assertThat(Path.of("target/classes/io/jk6/data/streams/readable.js")).exists();
    }

    @Test
    void importsOnlyTheApiPolyglotAndTheJdk() throws IOException {
        // split on the commas between packages, not the ones inside version ranges
        String[] packages = manifest().getValue("Import-Package").split(",(?=[a-z])");
        assertThat(Arrays.stream(packages).map(p -> p.split(";")[0]))
                .allMatch(p -> p.startsWith("io.jk6.api.") || p.startsWith("org.graalvm.polyglot") || p.startsWith("java."))
                .contains("io.jk6.api.js", "org.graalvm.polyglot");
        assertThat(manifest().getValue("Export-Package")).isNull();
    }
}
