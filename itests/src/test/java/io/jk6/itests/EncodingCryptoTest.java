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

/** {@code k6/encoding} and {@code k6/crypto} in a real run, as the k6 documentation uses them. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EncodingCryptoTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    private static final int CHECKS = 12;

    @TempDir
    Path dir;

    @Test
    void aDocsStyleScriptPassesEveryCheck() {
        Scripts.write(dir, "script.js", """
                import crypto from 'k6/crypto';
                import encoding from 'k6/encoding';
                import { createHash, hmac, randomBytes, sha256 } from 'k6/crypto';
                import { b64decode, b64encode } from 'k6/encoding';
                import { check } from 'k6';

                export default function () {
                  const str = 'hello world';
                  const hasher = createHash('sha256');
                  hasher.update('hello ');
                  hasher.update('world');
                  const bytes = new Uint8Array(randomBytes(16));
                  check(null, {
                    'std': () => encoding.b64encode(str) === 'aGVsbG8gd29ybGQ=',
                    'rawstd': () => b64encode(str, 'rawstd') === 'aGVsbG8gd29ybGQ',
                    'url': () => b64encode(new Uint8Array([0xfb, 0xff]).buffer, 'url') === '-_8=',
                    'rawurl': () => b64encode(str, 'rawurl') === 'aGVsbG8gd29ybGQ',
                    'decode to string': () => b64decode('aGVsbG8gd29ybGQ=', 'std', 's') === str,
                    'decode to ArrayBuffer': () => b64decode('aGVsbG8gd29ybGQ=') instanceof ArrayBuffer,
                    'sha256 hex': () => sha256('hello', 'hex')
                      === '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
                    'md5 base64': () => crypto.md5('hello world', 'base64') === 'XrY7u+Ae7tCTyyK7j1rNww==',
                    'hmac rfc4231': () => hmac('sha256', 'Jefe', 'what do ya want for nothing?', 'hex')
                      === '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
                    'incremental': () => hasher.digest('hex') === sha256(str, 'hex'),
                    'random bytes': () => bytes.length === 16,
                    'binary digest': () => crypto.sha1('x', 'binary').byteLength === 20,
                  });
                }
                """);

        var result = jk6(run, "-i", "1", "--summary-export", "summary.json", "script.js").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(CHECKS);
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
    }
}
