package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The k6 script lifecycle and environment: setup/default/teardown data, {@code __ENV}, {@code __VU},
 * {@code __ITER}, {@code open()}, relative modules, {@code require()}, and where options come from.
 * Scripts report through {@code console.log}, which jk6 prints to stderr as k6 does.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LifecycleTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void setupDataIsPassedToDefaultAndTeardown() {
        Scripts.write(dir, "script.js", """
                export function setup() {
                  console.log('setup ran');
                  return { token: 'tok-123', n: 42 };
                }
                export default function (data) {
                  console.log(`default got ${data.token}`);
                }
                export function teardown(data) {
                  console.log(`teardown got ${data.n}`);
                }
                """);

        var result = jk6(run, "-u", "1", "-i", "2", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("source=console", "setup ran", "teardown got 42");
        assertThat(result.stderr().split("default got tok-123", -1)).as("once per iteration").hasSize(2 + 1);
        assertThat(result.stderr().indexOf("setup ran")).isLessThan(result.stderr().indexOf("default got"));
        assertThat(result.stderr().indexOf("teardown got")).isGreaterThan(result.stderr().lastIndexOf("default got"));
    }

    @Test
    void envFlagsReachTheScriptAsUnderscoreEnv() {
        Scripts.write(dir, "script.js", """
                console.log(`init greeting=${__ENV.GREETING}`);
                export default function () {
                  console.log(`default greeting=${__ENV.GREETING} other=${__ENV.OTHER}`);
                }
                """);

        var result = jk6(run, "-i", "1", "-e", "GREETING=hello world", "--env", "OTHER=x=y", "script.js")
                .in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("init greeting=hello world", "default greeting=hello world other=x=y");
    }

    @Test
    void vuAndIterationNumbersFollowK6() {
        Scripts.write(dir, "script.js", """
                export function setup() { console.log(`setup vu=${__VU}`); }
                export default function () { console.log(`default vu=${__VU} iter=${__ITER}`); }
                """);

        var result = jk6(run, "-u", "1", "-i", "3", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("setup vu=0",
                "default vu=1 iter=0", "default vu=1 iter=1", "default vu=1 iter=2")
                .doesNotContain("iter=3");
    }

    @Test
    void openAndImportResolveRelativeToTheScriptNotTheWorkingDirectory() {
        Scripts.write(dir, "tests/data.json", "{\"user\": \"alice\"}\n");
        Scripts.write(dir, "tests/lib/helper.js", "export const x = 'from helper';\n");
        Scripts.write(dir, "tests/script.js", """
                import { x } from './lib/helper.js';
                const data = JSON.parse(open('./data.json'));
                export default function () {
                  console.log(`user=${data.user} x=${x}`);
                }
                """);

        var result = jk6(run, "-i", "1", "tests/script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("user=alice x=from helper");
    }

    @Test
    void requireLoadsBuiltInModules() {
        Scripts.write(dir, "script.js", """
                const http = require('k6/http');
                const { check } = require('k6');
                export default function () {
                  const res = http.get(`${__ENV.BASE}/json`);
                  check(res, { 'json has items': (r) => r.json().items.length === 3 });
                  console.log(`required status=${res.status}`);
                }
                """);

        var result = jk6(run, "-i", "1", "-e", "BASE=" + target.baseUrl(), "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("required status=200");
        assertThat(result.stdout()).contains("✓ json has items");
    }

    @Test
    void theVusFlagOverridesTheScriptOptions() {
        writeScriptWithFiveVus();

        var result = jk6(run, "-u", "1", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("10 iterations shared among 1 VUs");
    }

    @Test
    void theK6VusEnvironmentVariableOverridesTheScriptOptions() {
        writeScriptWithFiveVus();

        var result = jk6(run, "script.js").in(dir).env("K6_VUS", "2").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("10 iterations shared among 2 VUs");
    }

    @Test
    void theVusFlagWinsOverTheK6VusEnvironmentVariable() {
        writeScriptWithFiveVus();

        var result = jk6(run, "-u", "1", "script.js").in(dir)
                .env("K6_VUS", "2").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("10 iterations shared among 1 VUs");
    }

    private void writeScriptWithFiveVus() {
        Scripts.write(dir, "script.js", """
                export const options = { vus: 5, iterations: 10 };
                export default function () {}
                """);
    }
}
