package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundleOriginTest {

    private final BundleOrigin origin = new BundleOrigin(Path.of("/opt/jk6"), Path.of("/opt/jk6/deploy"));

    @Test
    void tellsBuiltInFromDeployedFromOtherLocations() {
        assertThat(origin.of("file:/opt/jk6/bundles/jk6-k6-0.1.0.jar")).isEqualTo("built-in");
        assertThat(origin.of("file:/opt/jk6/shell/jk6-shell-0.1.0.jar")).isEqualTo("built-in");
        // how the launcher installs its own bundles: read in place
        assertThat(origin.of("reference:file:/opt/jk6/bundles/jk6-k6-0.1.0.jar")).isEqualTo("built-in");
        assertThat(origin.of("file:/opt/jk6/deploy/jk6-ext-compare.jar")).isEqualTo("deploy/");
        assertThat(origin.of("file:/opt/jk6/deploy/../bundles/x.jar")).isEqualTo("built-in");
        assertThat(origin.of("file:/home/me/other.jar")).isEqualTo("file:/home/me/other.jar");
        assertThat(origin.of("System Bundle")).isEqualTo("System Bundle");
    }

    @Test
    void aDeployFolderOutsideTheHomeIsStillDeploy() {
        BundleOrigin elsewhere = new BundleOrigin(Path.of("/opt/jk6"), Path.of("/srv/extensions"));

        assertThat(elsewhere.of("file:/srv/extensions/a.jar")).isEqualTo("deploy/");
    }
}
