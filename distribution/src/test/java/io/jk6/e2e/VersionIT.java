package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jk6 version}: the versions, and that GraalJS runs with its JIT compiler under bin/jk6. */
class VersionIT {

    @TempDir
    Path dir;

    @Test
    void versionNamesJk6AndAnActiveGraalJit() {
        var result = jk6("version").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("jk6 v").contains("GraalVM CE", "JIT compiler active")
                .doesNotContain("NOT active");
    }
}
