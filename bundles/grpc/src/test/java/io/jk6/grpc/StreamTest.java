package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code grpc.Stream} against a real server: server, client and bidirectional streaming on the VU's event loop.
 * The script's body returns before any event; the event loop (what ends an iteration) runs until the stream
 * ended, so the events the test reads are every event the stream had, in order.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamTest {

    @RegisterExtension
    static final EchoServer server = new EchoServer(false);

    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void newVu() throws InterruptedException {
        script = new ModuleScript().module("k6/experimental/grpc", new ExperimentalGrpcModule());
        vu = script.vu();
        script.evaluate("""
                import grpc from 'k6/experimental/grpc';
                globalThis.grpc = grpc;
                globalThis.client = new grpc.Client();
                client.load(['src/test/resources/protos'], 'echo.proto');
                """);
        vu.startIterations();
        script.set("ADDR", server.address());
        script.evaluate("client.connect(ADDR, { plaintext: true });");
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    private String run(String body) throws InterruptedException {
        script.evaluate("globalThis.result = [];\n" + body);
        return script.eval("globalThis.result.join('|')").asString();
    }

    @Test
    void serverStreamingDeliversEveryMessageThenTheEnd() throws InterruptedException {
        String events = run("""
                const stream = new grpc.Stream(client, 'jk6.test.Echo/Repeat', { tags: { kind: 'server' } });
                stream.on('data', (m) => result.push('data:' + m.text + ':' + m.count));
                stream.on('error', (e) => result.push('error:' + e.code));
                stream.on('end', () => result.push('end'));
                // no end(): the one request of a server streaming method ends the client's side, which
                // grpc-java's server waits for before it answers
                stream.write({ text: 'n', repeat: 3 });
                result.push('written');
                """);
        assertThat(events).isEqualTo("written|data:n1:3|data:n2:3|data:n3:3|end");
        assertThat(vu.samples("grpc_streams")).hasSize(1);
        assertThat(vu.samples("grpc_streams").get(0).tags().get("kind")).isEqualTo("server");
        assertThat(vu.samples("grpc_streams_msgs_sent")).hasSize(1);
        assertThat(vu.samples("grpc_streams_msgs_received")).hasSize(3);
        assertThat(vu.samples("grpc_req_duration").get(0).tags().get("name")).isEqualTo("/jk6.test.Echo/Repeat");
    }

    @Test
    void clientStreamingGetsOneReplyAfterEnd() throws InterruptedException {
        String events = run("""
                const stream = new grpc.Stream(client, '/jk6.test.Echo/Collect');
                stream.on('data', (m) => result.push('data:' + m.text + ':' + m.count));
                stream.on('end', () => result.push('end'));
                for (const text of ['a', 'b', 'c']) stream.write({ text });
                stream.end();
                stream.write({ text: 'ignored after end' });
                """);
        assertThat(events).isEqualTo("data:a+b+c:3|end");
        assertThat(vu.samples("grpc_streams_msgs_sent")).hasSize(3);
    }

    @Test
    void bidirectionalStreamingAnswersEachWriteAsItComes() throws InterruptedException {
        String events = run("""
                const stream = new grpc.Stream(client, 'jk6.test.Echo/Chat');
                let sent = 1;
                stream.on('data', (m) => {
                  result.push(m.text);
                  if (sent < 3) { sent++; stream.write({ text: 'm' + sent }); } else { stream.end(); }
                });
                stream.on('end', () => result.push('end'));
                stream.write({ text: 'm1' });
                """);
        assertThat(events).isEqualTo("re: m1|re: m2|re: m3|end");
    }

    @Test
    void aFailedStreamFiresErrorThenEnd() throws InterruptedException {
        String events = run("""
                const stream = new grpc.Stream(client, 'jk6.test.Echo/Repeat');
                stream.on('data', () => result.push('data'));
                stream.on('error', (e) => result.push('error:' + e.code + ':' + e.message));
                stream.on('end', () => result.push('end'));
                stream.write({ repeat: -1 });
                stream.end();
                """);
        assertThat(events).isEqualTo("error:3:repeat must not be negative|end");
        assertThat(vu.samples("grpc_req_duration").get(0).tags().get("status")).isEqualTo("3");
    }

    @Test
    void aStreamPastItsTimeoutEndsWithDeadlineExceeded() throws InterruptedException {
        // the client never ends its side, so only the timeout ends the stream (and the iteration)
        String events = run("""
                const stream = new grpc.Stream(client, 'jk6.test.Echo/Chat', { timeout: '1s' });
                stream.on('data', (m) => result.push(m.text));
                stream.on('error', (e) => result.push('error:' + e.code));
                stream.on('end', () => result.push('end'));
                stream.write({ text: 'only' });
                """);
        // the echo comes first unless the machine is slower than the timeout: only the end is certain
        assertThat(events).endsWith("error:4|end").doesNotContain("error:4|end|");
        assertThat(vu.samples("grpc_req_duration").get(0).tags().get("status")).isEqualTo("4");
    }

    @Test
    void aStreamNeedsAConnectedClientAndAKnownMethod() {
        assertThat(script.errorOf("new grpc.Stream(client, 'jk6.test.Echo/Nope')"))
                .isEqualTo("method \"/jk6.test.Echo/Nope\" not found in file descriptors");
        assertThat(script.errorOf("new grpc.Stream(new grpc.Client(), 'jk6.test.Echo/Chat')"))
                .isEqualTo("no gRPC connection, you must call connect first");
        assertThat(script.errorOf("new grpc.Stream(client, 'jk6.test.Echo/Chat').on('data', 'no function')"))
                .isEqualTo("handler for \"data\" event isn't a callable function");
    }
}
