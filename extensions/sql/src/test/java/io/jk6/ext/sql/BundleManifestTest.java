package io.jk6.ext.sql;

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
 * The bundle bnd made (process-classes, before the tests): the drivers whole on its class path,
 * with their native libraries, and nothing of them imported from other bundles.
 */
class BundleManifestTest {

    private static Attributes manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes();
        }
    }

    @Test
    void theDriversAreEmbeddedWholeOnTheBundleClassPath() throws IOException {
        assertThat(manifest().getValue("Bundle-ClassPath")).isEqualTo(".,lib/sqlite-jdbc.jar,lib/postgresql.jar");
        try (var sqlite = new java.util.jar.JarFile("target/classes/lib/sqlite-jdbc.jar")) {
            // what sqlite-jdbc extracts and System.load()s on this platform
            assertThat(sqlite.getEntry("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so")).isNotNull();
            assertThat(sqlite.getEntry("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib")).isNotNull();
        }
        assertThat(Path.of("target/classes/lib/postgresql.jar")).exists();
    }

    @Test
    void theModuleIsAComponentAndTheDriversArePrivate() throws IOException {
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.ext.sql.SqlModule.xml")))
                .contains("name=\"jk6.module.name\" type=\"String\" value=\"k6/x/sql\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.ext.sql.DriverModules$Sqlite3.xml")))
                .contains("value=\"k6/x/sql/driver/sqlite3\"");
        assertThat(Files.readString(Path.of("target/classes/OSGI-INF/io.jk6.ext.sql.DriverModules$Postgres.xml")))
                .contains("value=\"k6/x/sql/driver/postgres\"");
        String[] imports = manifest().getValue("Import-Package").split(",(?=[a-z])");
        assertThat(Arrays.stream(imports).map(p -> p.split(";")[0]))
                .noneMatch(p -> p.startsWith("org.sqlite") || p.startsWith("org.postgresql"))
                .contains("io.jk6.api.js", "java.sql");
        assertThat(manifest().getValue("Import-Package")).containsPattern("java\\.awt;resolution:=optional");
    }
}
