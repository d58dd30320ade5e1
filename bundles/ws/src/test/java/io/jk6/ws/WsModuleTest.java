package io.jk6.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import io.jk6.testing.run.WebSocketEcho;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * k6/ws against a WebSocket echo server on 127.0.0.1, from JavaScript in the engine's own VU runtime: what a
 * script sees (events, echoes, close codes, errors) and the samples it leaves.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WsModuleTest {

    @RegisterExtension
    static final WebSocketEcho echo = new WebSocketEcho();

    private static final WsModule MODULE = new WsModule();

    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void newVu() {
        script = new ModuleScript(new FakeVU().startIterations()).importing("ws", MODULE).set("WS", echo.url());
        vu = script.vu();
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    private Value js(String source) {
        return script.eval(source);
    }

    @Test
    void echoesTextAndBinaryWithEventsInOrder() {
        Value result = js("""
                (() => {
                  const events = [];
                  const res = ws.connect(WS + '/echo', { tags: { my_tag: 'hello' } }, (socket) => {
                    events.push('setup');
                    socket.on('open', () => { events.push('open'); socket.send('hi'); });
                    socket.on('message', (m) => {
                      events.push('message:' + m);
                      socket.sendBinary(new Uint8Array([1, 2, 250]).buffer);
                    });
                    socket.on('binaryMessage', (b) => {
                      events.push('binary:' + new Uint8Array(b).join('.'));
                      socket.close();
                    });
                    socket.on('close', (code) => events.push('close:' + code));
                  });
                  return [res.status, res.url === WS + '/echo', res.error, events.join()].join('|');
                })()""");
        assertThat(result.asString()).isEqualTo("101|true||setup,open,message:hi,binary:1.2.250,close:1001");

        assertThat(vu.samples("ws_sessions")).hasSize(1);
        assertThat(vu.samples("ws_msgs_sent")).hasSize(2);
        assertThat(vu.samples("ws_msgs_received")).hasSize(2);
        assertThat(vu.samples("ws_connecting")).hasSize(1);
        assertThat(vu.samples("ws_session_duration")).hasSize(1);
        Sample session = vu.samples("ws_sessions").get(0);
        assertThat(session.tags().get("url")).isEqualTo(echo.url() + "/echo");
        assertThat(session.tags().get("status")).isEqualTo("101");
        assertThat(session.tags().get("subproto")).isEmpty();
        assertThat(session.tags().get("my_tag")).isEqualTo("hello");
        // text "hi" (2+4+2) and 3 bytes (2+4+3) and the close frame (2+4+2) after the handshake
        assertThat(vu.samples("data_sent").get(0).value()).isGreaterThan(8 + 9 + 8 + 100);
        assertThat(vu.samples("data_received").get(0).value()).isGreaterThan(4 + 5 + 100);
    }

    @Test
    void timersPingsAndPongsRunOnTheSocketsLoop() {
        Value result = js("""
                (() => {
                  const events = [];
                  let ticks = 0;
                  ws.connect(WS + '/echo', (socket) => {
                    socket.on('open', () => socket.ping());
                    socket.on('pong', () => events.push('pong'));
                    socket.on('pong', () => events.push('other pong'));
                    socket.setInterval(() => { ticks++; }, 20);
                    socket.setTimeout(() => { events.push('timeout'); socket.close(1000); }, 200);
                    socket.on('close', (code) => events.push('close:' + code));
                  });
                  return events.join() + '|' + (ticks >= 3);
                })()""");
        assertThat(result.asString()).isEqualTo("pong,other pong,timeout,close:1000|true");
        assertThat(vu.samples("ws_ping")).hasSize(1);
        assertThat(vu.samples("ws_ping").get(0).value()).isGreaterThan(0);
    }

    @Test
    void aServersPingIsAnEventAndItsCloseCodeReachesTheScript() {
        Value result = js("""
                (() => {
                  const events = [];
                  ws.connect(WS + '/ping', (socket) => {
                    socket.on('ping', () => { events.push('ping'); socket.close(); });
                  });
                  ws.connect(WS + '/close/4001', (socket) => {
                    socket.on('error', (e) => events.push('error:' + e.error()));
                    socket.on('close', (code) => events.push('close:' + code));
                  });
                  ws.connect(WS + '/close/1000', (socket) => {
                    socket.on('error', (e) => events.push('error:' + e.error()));
                    socket.on('close', (code) => events.push('close:' + code));
                  });
                  return events.join();
                })()""");
        assertThat(result.asString()).isEqualTo("ping,error:websocket: close 4001: bye,close:4001,close:1000");
    }

    @Test
    void aRefusedConnectionIsReturnedAsK6Does() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Value res = js("ws.connect('ws://127.0.0.1:" + closedPort + "/', (socket) => { socket.on('open', () => {}); })");
        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error").asString())
                .isEqualTo("dial tcp 127.0.0.1:" + closedPort + ": connect: connection refused");
        assertThat(vu.samples("ws_sessions")).hasSize(1);
        assertThat(vu.samples("ws_sessions").get(0).tags().get("status")).isNull();

        vu.runningState().option("throw", true);
        assertThat(script.errorOf("ws.connect('ws://127.0.0.1:" + closedPort + "/', () => {})"))
                .isEqualTo("dial tcp 127.0.0.1:" + closedPort + ": connect: connection refused");
    }

    @Test
    void badUrlsAndRefusedUpgradesAreK6s() {
        assertThat(js("ws.connect('INVALID', () => {}).error").asString()).isEqualTo("malformed ws or wss URL");
        assertThat(js("ws.connect('http://127.0.0.1/', () => {}).error").asString()).isEqualTo("malformed ws or wss URL");
        Value res = js("ws.connect(WS + '/status/404', () => {})");
        assertThat(res.getMember("status").asInt()).isEqualTo(404);
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(vu.samples("ws_sessions").get(2).tags().get("status")).isEqualTo("404");
        assertThat(script.errorOf("ws.connect(WS + '/echo', {}, 'not a function')"))
                .isEqualTo("last argument to ws.connect must be a function");
    }

    @Test
    void aServerThatIsNoWebSocketServerIsAnError() throws Exception {
        try (ServerSocket garbage = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> {
                try (Socket client = garbage.accept(); OutputStream out = client.getOutputStream()) {
                    client.getInputStream().read(new byte[4096]);
                    out.write("garbage\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test fails on what the script saw
                }
            });
            Value res = js("ws.connect('ws://127.0.0.1:" + garbage.getLocalPort() + "/', () => {})");
            server.join();
            assertThat(res.getMember("error").asString()).isEqualTo("malformed HTTP response \"garbage\"");
        }
    }

    @Test
    void aProtocolErrorOfTheServerIsAnErrorEventAndACloseAndTheScriptGoesOn() {
        Value result = js("""
                (() => {
                  const events = [];
                  const res = ws.connect(WS + '/bad-frame', (socket) => {
                    socket.on('message', () => events.push('message'));
                    socket.on('error', (e) => events.push('error:' + e.error()));
                    socket.on('close', (code) => events.push('close:' + code));
                  });
                  return res.status + '|' + events.join();
                })()""");
        assertThat(result.asString()).isEqualTo("101|error:websocket: close sent,close:1001");
    }

    @Test
    void sendingAfterCloseIsAnErrorEvent() {
        assertThat(js("""
                (() => {
                  let error = '';
                  ws.connect(WS + '/echo', (socket) => {
                    socket.on('open', () => { socket.close(); socket.send('late'); });
                    socket.on('error', (e) => { error = e.error(); });
                  });
                  return error;
                })()""").asString()).isEqualTo("websocket: close sent");
    }

    @Test
    void misuseThrowsK6sErrors() {
        assertThat(script.errorOf("ws.connect(WS + '/echo', (s) => { s.setTimeout(() => {}, 0); })"))
                .isEqualTo("setTimeout requires a >0 timeout parameter, received 0.00");
        assertThat(script.errorOf("ws.connect(WS + '/echo', (s) => { s.setInterval(() => {}, -1.23); })"))
                .isEqualTo("setInterval requires a >0 timeout parameter, received -1.23");
        assertThat(script.errorOf("ws.connect(WS + '/echo', (s) => { s.sendBinary(new Uint8Array(2)); })"))
                .isEqualTo("expected ArrayBuffer as argument, received: Uint8Array");
        assertThat(script.errorOf("ws.connect(WS + '/echo', (s) => { s.sendBinary(); })"))
                .isEqualTo("missing argument, expected ArrayBuffer");
        assertThat(script.errorOf("ws.connect(WS + '/echo', (s) => { throw new Error('error in setup'); })"))
                .isEqualTo("error in setup");
        assertThat(script.errorOf("""
                ws.connect(WS + '/echo', (s) => {
                  s.on('open', () => s.send('x'));
                  s.on('message', () => { throw new Error('in a handler'); });
                })""")).isEqualTo("in a handler");
    }

    @Test
    void isRefusedInTheInitContext() {
        try (ModuleScript init = new ModuleScript().importing("ws", MODULE)) {
            assertThat(init.errorOf("ws.connect('ws://127.0.0.1:1/', () => {})"))
                    .isEqualTo("using websockets in the init context is not supported");
        }
    }

    @Test
    void offersTheSubprotocolOfASecWebSocketProtocolHeader() {
        js("ws.connect(WS + '/echo', { headers: { 'Sec-WebSocket-Protocol': 'chat' } }, (s) => s.on('open', () => s.close()))");
        assertThat(vu.samples("ws_sessions").get(0).tags().get("subproto")).isEqualTo("chat");
    }
}
