package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code k6/data}'s SharedArray in a real run, as k6's data-parameterization example uses it. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SharedArrayTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void everyVuReadsTheDataThatWasLoadedOnce() {
        Scripts.write(dir, "users.json", """
                {"users": [{"username": "test1", "password": "1234"},
                           {"username": "test2", "password": "5678"},
                           {"username": "test3", "password": "9012"}]}
                """);
        Scripts.write(dir, "script.js", """
                import { SharedArray } from 'k6/data';
                import { check } from 'k6';

                const data = new SharedArray('users', function () {
                  console.log('loading users.json');
                  return JSON.parse(open('./users.json')).users;
                });

                export const options = { vus: 5, iterations: 30 };

                export default function () {
                  const user = data[(__VU + __ITER) % data.length];
                  check(user, {
                    'three users': () => data.length === 3,
                    'a user from the file': (u) => u.username.startsWith('test') && u.password.length === 4,
                  });
                }
                """);

        var result = jk6(run, "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(60);
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
        // 6 VUs evaluate the init context (the 5 and the one that reads the options); one loads
        assertThat(result.output().split("loading users.json", -1)).as(result.toString()).hasSize(2);
    }

    @Test
    void aSharedArrayOutsideTheInitContextIsAScriptError() {
        Scripts.write(dir, "script.js", """
                import { SharedArray } from 'k6/data';

                export default function () {
                  new SharedArray('late', () => [1]);
                }
                """);

        var result = jk6(run, "-i", "1", "script.js").in(dir).run();

        assertThat(result.stderr()).as(result.toString())
                .contains("new SharedArray must be called in the init context")
                .contains("script.js:4:");
    }
}
