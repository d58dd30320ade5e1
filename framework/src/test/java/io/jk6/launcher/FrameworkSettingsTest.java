package io.jk6.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkSettingsTest {

    @TempDir
    Path root;

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty("felix.fileinstall.poll");
        System.clearProperty("org.osgi.framework.storage");
    }

    @Test
    void withoutConfJk6sDefaultsApply() throws IOException {
        var settings = FrameworkSettings.load(new Jk6Home(root));

        assertThat(settings.properties()).containsEntry("felix.fileinstall.poll", "1000")
                .containsKey("org.osgi.framework.system.packages.extra")
                // FileInstall never writes the user's deploy/*.cfg (its default emptied one in ~20 runs)
                .containsEntry("felix.fileinstall.enableConfigSave", "false");
        assertThat(settings.deployDir()).isEqualTo(root.resolve("deploy"));
    }

    @Test
    void confOverridesADefaultAndASystemPropertyOverridesConf() throws IOException {
        write("felix.fileinstall.poll = 250\nfelix.fileinstall.log.level = 3\n");
        System.setProperty("felix.fileinstall.log.level", "4");
        try {
            var settings = FrameworkSettings.load(new Jk6Home(root));

            assertThat(settings.properties()).containsEntry("felix.fileinstall.poll", "250")
                    .containsEntry("felix.fileinstall.log.level", "4");
        } finally {
            System.clearProperty("felix.fileinstall.log.level");
        }
    }

    @Test
    void aRelativeDeployFolderIsRelativeToJk6Home() throws IOException {
        write("felix.fileinstall.dir = extensions\n");

        var settings = FrameworkSettings.load(new Jk6Home(root));

        assertThat(settings.deployDir()).isEqualTo(root.resolve("extensions"));
        assertThat(settings.properties()).containsEntry("felix.fileinstall.dir", root.resolve("extensions").toString());
    }

    @Test
    void theStorageStaysTheLaunchers() throws IOException {
        write("org.osgi.framework.storage = /somewhere\n");

        assertThat(FrameworkSettings.load(new Jk6Home(root)).properties()).doesNotContainKey("org.osgi.framework.storage");
    }

    @Test
    void aMalformedFileIsNamed() throws IOException {
        write("felix.fileinstall.poll = \\u12\n");

        assertThatThrownBy(() -> FrameworkSettings.load(new Jk6Home(root)))
                .isInstanceOf(IOException.class).hasMessageContaining("framework.properties");
    }

    private void write(String text) throws IOException {
        Files.createDirectories(root.resolve("conf"));
        Files.writeString(root.resolve("conf/framework.properties"), text);
    }
}
