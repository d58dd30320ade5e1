package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k6's {@code --compatibility-mode} is accepted, so k6 command lines run unchanged. */
class CompatibilityModeIT {

    @TempDir
    Path dir;

    @Test
    void baseAndExtendedRunAndAnUnknownModeIsAConfigError() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var base = jk6("run", "-q", "--compatibility-mode=base", "script.js").in(dir).run();
        var extended = jk6("run", "-q", "script.js").in(dir).env("K6_COMPATIBILITY_MODE", "extended").run();
        var unknown = jk6("run", "-q", "--compatibility-mode", "es5", "script.js").in(dir).run();

        assertThat(base.exitCode()).as(base.toString()).isZero();
        assertThat(extended.exitCode()).as(extended.toString()).isZero();
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(104);
        assertThat(unknown.stderr()).as(unknown.toString())
                .contains("--compatibility-mode: invalid compatibility mode \"es5\"");
    }
}
