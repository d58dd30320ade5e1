package io.jk6.ws.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import io.jk6.testing.run.WebSocketEcho;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * k6/websockets against a WebSocket echo server on 127.0.0.1: scripts evaluated as the test's ES module in
 * the engine's VU runtime, whose event loop runs until every socket closed, as an iteration does.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WebSocketsModuleTest {

    @RegisterExtension
    static final WebSocketEcho echo = new WebSocketEcho();

    private static final WebSocketsModule MODULE = new WebSocketsModule();

    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void newVu() {
        script = new ModuleScript(new FakeVU().startIterations()).module("k6/websockets", MODULE)
                .module("k6/experimental/websockets", new ExperimentalWebSocketsModule()).set("WS", echo.url());
        vu = script.vu();
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    /** Runs {@code body} as a module importing WebSocket and Blob, the event loop to its end; returns {@code globalThis.result}. */
    private String run(String body) throws InterruptedException {
        script.evaluate("import { WebSocket, Blob } from 'k6/websockets';\nglobalThis.result = [];\n" + body);
        return script.eval("globalThis.result.join()").asString();
    }

    @Test
    void echoesWithoutBlockingAndTheIterationWaitsForTheClose() throws InterruptedException {
        String events = run("""
                const ws = new WebSocket(WS + '/echo', null, { tags: { my_tag: 'hello' } });
                result.push('constructed:' + ws.readyState);
                ws.binaryType = 'arraybuffer';
                ws.onopen = (e) => { result.push(e.type + ':' + ws.readyState); ws.send('hi'); };
                ws.addEventListener('message', (e) => {
                  if (typeof e.data === 'string') {
                    result.push('text:' + e.data + ':' + (e.origin === WS + '/echo'));
                    ws.send(new Uint8Array([7, 8, 9]));
                  } else {
                    result.push('binary:' + new Uint8Array(e.data).join('.'));
                    ws.close();
                  }
                });
                ws.onclose = (e) => result.push('close:' + e.code + ':' + ws.readyState);
                """);
        assertThat(events).isEqualTo("constructed:0,open:1,text:hi:true,binary:7.8.9,close:1000:3");
        assertThat(vu.samples("ws_sessions")).hasSize(1);
        assertThat(vu.samples("ws_msgs_sent")).hasSize(2);
        assertThat(vu.samples("ws_msgs_received")).hasSize(2);
        assertThat(vu.samples("ws_session_duration")).hasSize(1);
        Sample session = vu.samples("ws_sessions").get(0);
        assertThat(session.tags().get("url")).isEqualTo(echo.url() + "/echo");
        assertThat(session.tags().get("name")).isEqualTo(echo.url() + "/echo");
        assertThat(session.tags().get("status")).isEqualTo("101");
        assertThat(session.tags().get("my_tag")).isEqualTo("hello");
        assertThat(vu.samples("data_received").get(0).value()).isGreaterThan(100);
    }

    @Test
    void severalSocketsAtOnceBlobsPingsAndSubprotocols() throws InterruptedException {
        String events = run("""
                for (const id of [1, 2, 3]) {
                  const ws = new WebSocket(WS + '/echo', ['chat']);
                  ws.onopen = () => { ws.ping(); ws.send(new Blob(['socket ', String(id)])); };
                  ws.onpong = () => result.push('pong' + id);
                  ws.onmessage = async (e) => {
                    result.push((e.data instanceof Blob) + ':' + ws.protocol + ':' + await e.data.text());
                    ws.close(4000, 'done');
                  };
                }
                """);
        assertThat(events.split(",")).containsExactlyInAnyOrder("pong1", "pong2", "pong3",
                "true:chat:socket 1", "true:chat:socket 2", "true:chat:socket 3");
        assertThat(vu.samples("ws_sessions")).hasSize(3);
        assertThat(vu.samples("ws_ping")).hasSize(3);
        assertThat(vu.samples("ws_sessions").get(0).tags().get("subproto")).isEqualTo("chat");
    }

    @Test
    void theServersCloseAndPingReachTheScript() throws InterruptedException {
        String events = run("""
                const a = new WebSocket(WS + '/close/4001');
                a.onerror = (e) => result.push('error:' + e.error);
                a.onclose = (e) => result.push('close:' + e.code + ':' + e.reason);
                const b = new WebSocket(WS + '/ping');
                b.onping = () => { result.push('ping'); b.close(); };
                """);
        assertThat(events.split(",")).containsExactlyInAnyOrder("error:websocket: close 4001: bye", "close:4001:bye",
                "ping");
    }

    @Test
    void aRefusedConnectionIsAnErrorAndACloseEvent() throws InterruptedException, IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String events = run("""
                const ws = new WebSocket('ws://127.0.0.1:%d/');
                ws.onopen = () => result.push('open');
                ws.onerror = (e) => result.push('error:' + e.error);
                ws.onclose = (e) => result.push('close:' + ('code' in e) + ':' + ws.readyState);
                const refused = new WebSocket(WS + '/status/404');
                refused.onerror = (e) => result.push('error:' + e.error);
                """.formatted(closedPort));
        assertThat(events.split(",")).containsExactlyInAnyOrder(
                "error:dial tcp 127.0.0.1:" + closedPort + ": connect: connection refused", "close:false:3",
                "error:websocket: bad handshake");
        assertThat(vu.samples("ws_sessions")).hasSize(2);
        assertThat(vu.samples("ws_session_duration")).isEmpty();
    }

    @Test
    void aProtocolErrorClosesQuietlyAsInK6() throws InterruptedException {
        assertThat(run("""
                const ws = new WebSocket(WS + '/bad-frame');
                ws.onerror = (e) => result.push('error:' + e.error);
                ws.onclose = () => result.push('close');
                """)).isEqualTo("close");
    }

    @Test
    void misuseThrowsK6sErrors() throws InterruptedException {
        run("globalThis.WS_CLASS = WebSocket; globalThis.BLOB = Blob;");
        assertThat(script.errorOf("new WS_CLASS('http://127.0.0.1/')"))
                .isEqualTo("WebSocket requires url with scheme ws or wss, but got \"http\"");
        assertThat(script.errorOf("new WS_CLASS(WS + '/#x')")).isEqualTo("WebSocket requires no url fragment, but got \"x\"");
        assertThat(script.errorOf("new WS_CLASS()")).isEqualTo("WebSocket requires a url");
        assertThat(script.errorOf("new WS_CLASS(WS, null, { nope: 1 })")).isEqualTo("unknown WebSocket's option nope");
        assertThat(script.errorOf("new WS_CLASS(WS, null, { compression: 'gzip' })"))
                .isEqualTo("unsupported compression algorithm 'gzip', supported algorithm is 'deflate'");
        assertThat(script.errorOf("new WS_CLASS(WS).send('too early')")).isEqualTo("InvalidStateError");
        assertThat(script.errorOf("new WS_CLASS(WS).close(1001)")).startsWith("InvalidAccessError: Failed to execute 'close'");
        assertThat(script.errorOf("new WS_CLASS(WS).onopen = 5")).isEqualTo("a value for 'onopen' should be callable");
        assertThat(script.errorOf("new WS_CLASS(WS).binaryType = 'text'"))
                .isEqualTo("unknown binaryType text, the supported ones are \"blob\" and \"arraybuffer\"");
        assertThat(script.errorOf("new WS_CLASS(WS).addEventListener('open', 5)"))
                .isEqualTo("handler for event type \"open\" isn't a callable function");
        script.eval("new WS_CLASS(WS).addEventListener('opened', () => {})");
        assertThat(vu.logged()).anyMatch(line -> line.contains("can't add event handler: unknown event type: opened"));
        // the sockets above stay open: closing the VU (closeVu) ends them
    }

    @Test
    void aListenerThatThrowsFailsTheIteration() {
        assertThat(script.errorOf("""
                (() => { throw new Error('x'); })()""")).isEqualTo("x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("""
                const ws = new WebSocket(WS + '/echo');
                ws.onopen = () => { throw new Error('in a listener'); };
                """)).hasMessageContaining("in a listener");
    }

    @Test
    void theExperimentalNameIsTheSameModuleWithK6sWarning() throws InterruptedException {
        script.evaluate("""
                import { WebSocket } from 'k6/experimental/websockets';
                const ws = new WebSocket(WS + '/echo');
                ws.onopen = () => ws.close();
                globalThis.closed = false;
                ws.onclose = () => { globalThis.closed = true; };
                """);
        assertThat(script.eval("closed").asBoolean()).isTrue();
        assertThat(vu.logged()).anyMatch(line -> line.contains("k6/experimental/websockets is deprecated"));
    }
}
