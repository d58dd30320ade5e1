package io.jk6.ws.client;

import java.util.Map;

/** The size of the upgrade request the JDK's client writes and of a server's 101 answer, for data_sent/data_received. */
final class Handshakes {

    /** {@code Sec-WebSocket-Key}: 16 random bytes in base64; {@code Sec-WebSocket-Accept}: a SHA-1 in base64. */
    private static final int KEY = 24;
    private static final int ACCEPT = 28;

    private Handshakes() {
    }

    static long requestSize(ConnectRequest request) {
        String path = request.uri().getRawPath() == null || request.uri().getRawPath().isEmpty()
                ? "/" : request.uri().getRawPath();
        if (request.uri().getRawQuery() != null) {
            path += "?" + request.uri().getRawQuery();
        }
        long size = line("GET " + path + " HTTP/1.1")
                + header("Connection", "Upgrade")
                + header("Content-Length", "0")
                + header("Host", request.uri().getRawAuthority())
                + header("Upgrade", "websocket")
                + header("Sec-WebSocket-Key", "x".repeat(KEY))
                + header("Sec-WebSocket-Version", "13")
                + 2;
        if (!request.subprotocols().isEmpty()) {
            size += header("Sec-WebSocket-Protocol", String.join(", ", request.subprotocols()));
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            size += header(header.getKey(), header.getValue());
        }
        return size;
    }

    static long responseSize(String subprotocol) {
        long size = line("HTTP/1.1 101 Switching Protocols")
                + header("Upgrade", "websocket")
                + header("Connection", "Upgrade")
                + header("Sec-WebSocket-Accept", "x".repeat(ACCEPT))
                + 2;
        return subprotocol == null || subprotocol.isEmpty() ? size : size + header("Sec-WebSocket-Protocol", subprotocol);
    }

    private static long header(String name, String value) {
        return line(name + ": " + value);
    }

    private static long line(String text) {
        return Frames.utf8Length(text) + 2;
    }
}
