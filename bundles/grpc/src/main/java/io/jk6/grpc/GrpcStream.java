package io.jk6.grpc;

import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.grpc.client.JsonCodec;
import io.jk6.grpc.client.Messages;
import io.jk6.grpc.client.RawMethods;
import io.jk6.grpc.client.Rpc;
import io.jk6.grpc.client.WireCount;
import io.jk6.support.loop.LoopTurns;
import java.time.Instant;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The Java side of one {@code grpc.Stream} (client, server or bidirectional streaming), as k6's: never blocks
 * the VU. What the server sends is queued from grpc-java's threads and run on the VU's event loop, which the
 * stream keeps waiting (one callback always promised) until the call ended, so the iteration waits for the
 * stream as in k6. Events reach grpc.js's listeners through {@code dispatch(type, json)}: {@code data} per
 * message; at the end {@code error} (a status other than OK) then {@code end}.
 */
public final class GrpcStream {

    private final GrpcInstance module;
    private final VU vu;
    private final MethodDescriptor method;
    private final JsonCodec codec;
    private final TagSet tags;
    private final Value dispatch;
    private final WireCount wire = new WireCount();
    private final LoopTurns loop;
    private final Instant start = Instant.now();
    private ClientCall<byte[], byte[]> call;
    private boolean writing = true;
    private boolean finished;

    private GrpcStream(GrpcInstance module, MethodDescriptor method, JsonCodec codec, TagSet tags, Value dispatch) {
        this.module = module;
        this.vu = module.vu();
        this.method = method;
        this.codec = codec;
        this.tags = tags;
        this.dispatch = dispatch;
        this.loop = new LoopTurns(vu::registerCallback, () -> finished);
    }

    static GrpcStream open(GrpcInstance module, Channel channel, MethodDescriptor method, JsonCodec codec,
            CallOptions options, Metadata metadata, TagSet tags, Value dispatch) {
        GrpcStream stream = new GrpcStream(module, method, codec, tags, dispatch);
        stream.call = Rpc.start(channel, RawMethods.of(method, stream.wire), options, metadata, stream.new Events());
        module.vu().push(module.metrics().streamOpened(tags));
        return stream;
    }

    /**
     * {@code stream.write(message)}: ignored once {@code end()} was called, as k6; the one request of a server
     * streaming method ends the client's side.
     */
    public void write(String json) {
        if (!writing || finished) {
            return;
        }
        if (json == null) {
            module.warn("can't send empty message");
            return;
        }
        byte[] message;
        try {
            message = codec.toBytes(method.getInputType(), json);
        } catch (IllegalArgumentException e) {
            module.warn("can't marshal message: " + e.getMessage());
            return;
        }
        call.sendMessage(message);
        vu.push(module.metrics().streamMessageSent(tags));
        if (!method.isClientStreaming()) {
            // A server-streaming method takes one request. grpc-go's servers start on it; grpc-java's (and others)
            // wait for the client's half-close, which k6's examples never send (no end()): jk6 sends it here.
            end();
        }
    }

    /** {@code stream.end()}: the client's side is done; the server's messages and the end still come. */
    public void end() {
        if (!writing || finished) {
            return;
        }
        writing = false;
        call.halfClose();
    }

    private void received(byte[] message, Instant at) {
        if (finished) {
            return;
        }
        vu.push(module.metrics().streamMessageReceived(tags, at));
        fire("data", codec.toJson(method.getOutputType(), message));
    }

    private void closed(Status status, Metadata trailers, Instant at) {
        if (finished) {
            return;
        }
        finished = true;
        vu.push(module.metrics().ended(tags, start, at, status.getCode().value(), wire));
        if (!status.isOk()) {
            fire("error", Messages.errorJson(status, trailers));
        }
        fire("end", null);
    }

    /** Runs a listener; one that throws ends the stream, and its error is the iteration's, as in k6. */
    private void fire(String type, String payload) {
        try {
            dispatch.executeVoid(type, payload);
        } catch (RuntimeException e) {
            if (!finished) {
                finished = true;
                call.cancel("a stream listener threw", null);
            }
            throw e;
        }
    }

    /** grpc-java's reports, handed to the VU's thread. */
    private final class Events implements Rpc.Events {

        @Override
        public void headers(Metadata headers) {
        }

        @Override
        public void message(byte[] message) {
            Instant at = Sample.now();
            loop.later(() -> received(message, at));
        }

        @Override
        public void closed(Status status, Metadata trailers) {
            Instant at = Sample.now();
            loop.later(() -> GrpcStream.this.closed(status, trailers, at));
        }
    }

    @Override
    public String toString() {
        return "grpc.Stream " + Map.of("method", MethodTable.fullName(method));
    }
}
