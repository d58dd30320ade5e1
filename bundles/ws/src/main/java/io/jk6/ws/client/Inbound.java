package io.jk6.ws.client;

import io.jk6.api.metrics.Sample;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The JDK client's listener for one socket: joins the parts of a message, hands every whole message and
 * control frame to {@code sink} (on the client's threads) and asks for the next one, counting the bytes the
 * frames took on the wire.
 */
final class Inbound implements WebSocket.Listener {

    private final Consumer<InboundEvent> sink;
    private final WireCount wire;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

    Inbound(Consumer<InboundEvent> sink, WireCount wire) {
        this.sink = sink;
        this.wire = wire;
    }

    @Override
    public void onOpen(WebSocket socket) {
        socket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String message = text.toString();
            text.setLength(0);
            wire.received(Frames.utf8Length(message));
            sink.accept(new InboundEvent.Text(message, Sample.now()));
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        byte[] part = new byte[data.remaining()];
        data.get(part);
        binary.writeBytes(part);
        if (last) {
            byte[] message = binary.toByteArray();
            binary.reset();
            wire.received(message.length);
            sink.accept(new InboundEvent.Binary(message, Sample.now()));
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
        byte[] data = bytes(message);
        wire.sent(data.length); // the client's automatic pong
        return control(socket, new InboundEvent.Ping(data, Sample.now()), data.length);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
        byte[] data = bytes(message);
        return control(socket, new InboundEvent.Pong(data, Sample.now()), data.length);
    }

    private CompletionStage<?> control(WebSocket socket, InboundEvent event, int payload) {
        wire.received(payload);
        sink.accept(event);
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        wire.received(2 + Frames.utf8Length(reason));
        sink.accept(new InboundEvent.Closed(statusCode, reason, Sample.now()));
        return null; // the client answers with a close frame at once
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        sink.accept(new InboundEvent.Failed(error, Sample.now()));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] data = new byte[buffer.remaining()];
        buffer.get(data);
        return data;
    }
}
