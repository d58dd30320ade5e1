package io.jk6.ext.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The bundle bnd made (in process-classes, before the tests): two components, the API 1.1 only. */
class BundleManifestTest {

    private static Attributes manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void bothFormsAreModuleComponents() throws IOException {
        assertThat(manifest().getValue("Bundle-SymbolicName")).isEqualTo("io.jk6.ext.compare");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.ext.compare.Compare.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/x/compare\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.ext.compare.AdvancedCompare.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/x/compare/advanced\"");
    }

    @Test
    void importsTheApiThatHasTheJsAnnotation() throws IOException {
        String imports = manifest().getValue("Import-Package");
        String[] packages = imports.split(",(?=[a-z])");
        assertThat(Arrays.stream(packages).map(p -> p.split(";")[0]))
                .allMatch(p -> p.startsWith("io.jk6.api.") || p.startsWith("java."));
        // the API it is built against: 1.1 brought @JS, later minor versions only add
        assertThat(imports).containsPattern("io\\.jk6\\.api\\.js;version=\"\\[1\\.[1-9]\\d*,2\\)\"");
    }
}
