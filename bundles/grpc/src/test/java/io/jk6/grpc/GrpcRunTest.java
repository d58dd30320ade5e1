package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.k6.K6Module;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run as {@code jk6 run} makes it: several VUs, each with its client, loading the same .proto (parsed
 * once for the run) and calling the server concurrently, unary calls and streams in the same iterations. Every
 * call is counted and every check passes, or a VU mixed up another's calls or events.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GrpcRunTest {

    @RegisterExtension
    static final EchoServer server = new EchoServer(false);

    @TempDir
    Path dir;

    @Test
    void tenVusCallAndStreamConcurrently() throws Exception {
        copyProtos();
        RunRecord run = ScriptRun.of(dir, """
                import grpc from 'k6/net/grpc';
                import { check } from 'k6';
                export const options = { vus: 10, iterations: 300 };
                const client = new grpc.Client();
                client.load(['protos'], 'echo.proto');
                export default function () {
                  if (__ITER === 0) client.connect(__ENV.ADDR, { plaintext: true });
                  const text = `vu${__VU}-it${__ITER}`;
                  const res = client.invoke('jk6.test.Echo/Say', { text });
                  check(res, { 'unary echoes this VU\\'s text': (r) => r.status === grpc.StatusOK && r.message.text === text });
                  const stream = new grpc.Stream(client, 'jk6.test.Echo/Collect');
                  stream.on('data', (m) => check(m, { 'stream collects this VU\\'s texts': (m) => m.text === text + '+' + text }));
                  stream.write({ text });
                  stream.write({ text });
                  stream.end();
                }
                """).module("k6", new K6Module()).module("k6/net/grpc", new GrpcModule())
                .env("ADDR", server.address()).run();

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.completeIterations()).isEqualTo(300);
        assertThat(run.samples("grpc_req_duration")).hasSize(600);
        assertThat(run.samples("grpc_streams")).hasSize(300);
        assertThat(run.samples("checks")).hasSize(600).allMatch(s -> s.value() == 1);
    }

    private void copyProtos() throws IOException {
        Path protos = Path.of("src/test/resources/protos");
        Files.createDirectories(dir.resolve("protos/common"));
        Files.copy(protos.resolve("echo.proto"), dir.resolve("protos/echo.proto"));
        Files.copy(protos.resolve("common/point.proto"), dir.resolve("protos/common/point.proto"));
    }
}
