package io.jk6.grpc.client;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;
import io.jk6.api.metrics.Sample;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One call of a method with byte messages, its listener handing what arrives to {@link Events} on grpc-java's
 * threads; and a unary call as a future of its whole outcome.
 */
public final class Rpc {

    /** What a call reports, on grpc-java's threads. */
    public interface Events {

        void headers(Metadata headers);

        void message(byte[] message);

        void closed(Status status, Metadata trailers);
    }

    /** A unary call's outcome: the status, the response (null when none came), headers and trailers. */
    public record Outcome(Status status, byte[] message, Metadata headers, Metadata trailers, Instant start,
            Instant end) {
    }

    private Rpc() {
    }

    /** Starts a call: every message the server sends is asked for at once (k6 reads them all). */
    public static ClientCall<byte[], byte[]> start(Channel channel, io.grpc.MethodDescriptor<byte[], byte[]> method,
            CallOptions options, Metadata metadata, Events events) {
        ClientCall<byte[], byte[]> call = channel.newCall(method, options);
        call.start(new ClientCall.Listener<>() {
            @Override
            public void onHeaders(Metadata headers) {
                events.headers(headers);
            }

            @Override
            public void onMessage(byte[] message) {
                events.message(message);
                call.request(1);
            }

            @Override
            public void onClose(Status status, Metadata trailers) {
                events.closed(status, trailers);
            }
        }, metadata);
        call.request(1);
        return call;
    }

    /**
     * A unary call: the request sent and the sending side closed; the future completes when the call ends, and
     * cancelling it cancels the call.
     */
    public static CompletableFuture<Outcome> unary(Channel channel, io.grpc.MethodDescriptor<byte[], byte[]> method,
            CallOptions options, Metadata metadata, byte[] request) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Instant start = Instant.now();
        Events collector = new Events() {
            private volatile Metadata headers;
            private volatile byte[] message;

            @Override
            public void headers(Metadata received) {
                headers = received;
            }

            @Override
            public void message(byte[] received) {
                message = received;
            }

            @Override
            public void closed(Status status, Metadata trailers) {
                outcome.complete(new Outcome(status, message, headers, trailers, start, Sample.now()));
            }
        };
        ClientCall<byte[], byte[]> call = start(channel, method, options, metadata, collector);
        // a caller that stops waiting (its VU interrupted) cancels the future: the call goes too
        outcome.whenComplete((done, error) -> {
            if (outcome.isCancelled()) {
                call.cancel("jk6: the VU stopped waiting", null);
            }
        });
        try {
            call.sendMessage(request);
            call.halfClose();
        } catch (RuntimeException e) {
            call.cancel("jk6: the request could not be sent", e);
        }
        return outcome;
    }
}
