package io.jk6.testing.run;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.ContinuousFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WebSocket echo server on 127.0.0.1 and a free port (Java-WebSocket, which the test's class path
 * must hold), for one test class: {@code @RegisterExtension static final WebSocketEcho echo = new WebSocketEcho();}.
 * What a path does:
 * <ul>
 * <li>any path: every text and binary message comes back as it was sent;</li>
 * <li>{@code /ping}: the server pings once when the socket opens, then echoes;</li>
 * <li>{@code /close/CODE}: the server closes with CODE and reason {@code bye} when the socket opens;</li>
 * <li>{@code /bad-frame}: the server sends a continuation frame with nothing to continue (a protocol error);</li>
 * <li>{@code /status/404}: the upgrade is refused with HTTP 404.</li>
 * </ul>
 * The subprotocol {@code chat} is accepted when the client offers it.
 */
public final class WebSocketEcho implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private Server server;

    /** Starts the server now (outside JUnit's extension model); {@link #close()} stops it. */
    public WebSocketEcho start() {
        server = new Server();
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the WebSocket echo server did not start in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code ws://127.0.0.1:PORT}, no trailing slash. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort();
    }

    private static final class Server extends WebSocketServer {

        final CountDownLatch started = new CountDownLatch(1);

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0), List.<Draft>of(new Draft_6455(Collections.emptyList(),
                    List.<IProtocol>of(new Protocol("chat"), new Protocol("")))));
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
                ClientHandshake request) throws InvalidDataException {
            if (request.getResourceDescriptor().startsWith("/status/")) {
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "refused by the test server");
            }
            return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            String path = URI.create(handshake.getResourceDescriptor()).getPath();
            if (path.equals("/ping")) {
                conn.sendPing();
            } else if (path.startsWith("/close/")) {
                conn.close(Integer.parseInt(path.substring("/close/".length())), "bye");
            } else if (path.equals("/bad-frame")) {
                ContinuousFrame orphan = new ContinuousFrame();
                orphan.setFin(true);
                orphan.setPayload(ByteBuffer.wrap(new byte[] {1, 2, 3}));
                conn.sendFrame(orphan);
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            conn.send(message);
        }

        @Override
        public void onMessage(WebSocket conn, ByteBuffer message) {
            conn.send(message);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
