package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** k6's {@code --compatibility-mode} is accepted, so k6 command lines run unchanged. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CompatibilityModeTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void baseAndExtendedRunAndAnUnknownModeIsAConfigError() {
        Scripts.write(dir, "script.js", "export default function () {}\n");

        var base = jk6(run, "-q", "--compatibility-mode=base", "script.js").in(dir).run();
        var extended = jk6(run, "-q", "script.js").in(dir).env("K6_COMPATIBILITY_MODE", "extended").run();
        var unknown = jk6(run, "-q", "--compatibility-mode", "es5", "script.js").in(dir).run();

        assertThat(base.exitCode()).as(base.toString()).isZero();
        assertThat(extended.exitCode()).as(extended.toString()).isZero();
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(104);
        assertThat(unknown.stderr()).as(unknown.toString())
                .contains("--compatibility-mode: invalid compatibility mode \"es5\"");
    }
}
