package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The options k6/http reads reach it from every source k6 reads them from, in k6's order: a
 * {@code --config} file, the script, {@code K6_*} variables, flags. The user agent a local server
 * received shows which one won.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ModuleOptionSourcesTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @BeforeEach
    void script() {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                export const options = __ENV.SCRIPT_AGENT ? { userAgent: __ENV.SCRIPT_AGENT } : {};
                export default function () {
                  const headers = http.get(`${__ENV.BASE_URL}/echo`).json().headers;
                  const name = Object.keys(headers).find((h) => h.toLowerCase() === 'user-agent');
                  console.log(`agent=[${headers[name]}]`);
                }
                """);
        Scripts.write(dir, "config.json", """
                { "userAgent": "from-config", "batch": 3 }
                """);
    }

    @Test
    void theConfigFileSetsWhatTheScriptDoesNotAndTheScriptWinsOverIt() {
        var config = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "--config", "config.json", "script.js")
                .in(dir).run();
        var script = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "-e", "SCRIPT_AGENT=from-script",
                "--config", "config.json", "script.js").in(dir).run();

        assertThat(config.exitCode()).as(config.toString()).isZero();
        assertThat(config.stderr()).contains("agent=[from-config]");
        assertThat(script.stderr()).as(script.toString()).contains("agent=[from-script]");
    }

    @Test
    void theVariableWinsOverTheScriptAndTheFlagOverTheVariable() {
        var env = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "-e", "SCRIPT_AGENT=from-script", "script.js")
                .in(dir)
                .env("K6_USER_AGENT", "from-env").run();
        var flag = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "-e", "SCRIPT_AGENT=from-script",
                "--user-agent", "from-flag", "script.js").in(dir).env("K6_USER_AGENT", "from-env").run();

        assertThat(env.stderr()).as(env.toString()).contains("agent=[from-env]");
        assertThat(flag.stderr()).as(flag.toString()).contains("agent=[from-flag]");
    }

    @Test
    void aVariableThatDoesNotParseIsAConfigErrorNamingIt() {
        var result = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "script.js").in(dir)
                .env("K6_BATCH", "many").run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(104);
        assertThat(result.stderr()).contains("K6_BATCH: \"many\" is not a whole number");
    }
}
