package io.jk6.grpc.client;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * Opens a connection as k6's blocking dial does: the channel is built explicitly on Netty (grpc-java's
 * provider lookup by ServiceLoader is not needed, nor trusted inside a bundle), then waited for until it is
 * ready, failed or the timeout passed.
 */
public final class Channels {

    private Channels() {
    }

    /**
     * A ready channel to {@code address} ({@code host:port}).
     *
     * @throws IllegalStateException with k6's text when the connection cannot be made
     */
    public static ManagedChannel connect(String address, ConnectParams params, boolean insecureSkipVerify,
            String userAgent) throws InterruptedException {
        HostPort target = HostPort.of(address);
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(target.host(), target.port());
        if (params.plaintext()) {
            builder.negotiationType(NegotiationType.PLAINTEXT);
        } else {
            builder.sslContext(tls(params, insecureSkipVerify));
        }
        if (userAgent != null) {
            builder.userAgent(userAgent);
        }
        if (params.maxReceiveSize() > 0) {
            builder.maxInboundMessageSize((int) Math.min(Integer.MAX_VALUE, params.maxReceiveSize()));
        }
        ManagedChannel channel = builder.build();
        try {
            awaitReady(channel, params.timeout(), target);
            return channel;
        } catch (RuntimeException | InterruptedException e) {
            channel.shutdownNow();
            throw e;
        }
    }

    private static void awaitReady(ManagedChannel channel, Duration timeout, HostPort target)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ConnectivityState state = channel.getState(true);
        while (state != ConnectivityState.READY) {
            if (state == ConnectivityState.TRANSIENT_FAILURE) {
                throw new IllegalStateException(DialErrors.describe(channel, target, deadline));
            }
            if (state == ConnectivityState.SHUTDOWN) {
                throw new IllegalStateException("grpc: the client connection is closing");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("context deadline exceeded");
            }
            CountDownLatch changed = new CountDownLatch(1);
            channel.notifyWhenStateChanged(state, changed::countDown);
            changed.await(left, TimeUnit.NANOSECONDS);
            state = channel.getState(true);
        }
    }

    private static io.grpc.netty.shaded.io.netty.handler.ssl.SslContext tls(ConnectParams params,
            boolean insecureSkipVerify) {
        try {
            SslContextBuilder tls = GrpcSslContexts.forClient();
            if (insecureSkipVerify) {
                tls.trustManager(InsecureTrustManagerFactory.INSTANCE);
            } else if (!params.cacerts().isEmpty()) {
                tls.trustManager(pem(String.join("\n", params.cacerts())));
            }
            if (params.cert() != null && params.key() != null) {
                if (params.password() != null && !params.password().isEmpty()) {
                    tls.keyManager(pem(params.cert()), pem(params.key()), params.password());
                } else {
                    tls.keyManager(pem(params.cert()), pem(params.key()));
                }
            }
            return tls.build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalStateException("failed to append certificate from PEM: " + e.getMessage(), e);
        }
    }

    private static InputStream pem(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Why the channel failed, in Go's words: a plain TCP connect tells what the channel hides of the dial (refused,
     * timed out, unknown host); when that connects, a call tells what failed after it (the TLS handshake).
     */
    static final class DialErrors {

        private DialErrors() {
        }

        static String describe(ManagedChannel channel, HostPort target, long deadline) throws InterruptedException {
            String why;
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                    TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(target.host(), target.port()), millis);
                return "connection error: desc = \"transport: " + afterConnect(channel) + "\"";
            } catch (java.net.UnknownHostException e) {
                why = "lookup " + target.host() + ": no such host";
            } catch (java.net.SocketTimeoutException e) {
                why = "i/o timeout";
            } catch (IOException e) {
                String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                why = message.contains("refused") ? "connect: connection refused"
                        : message.contains("unreachable") ? "connect: network is unreachable" : e.getMessage();
            }
            return "connection error: desc = \"transport: error while dialing: dial tcp " + target.host() + ":"
                    + target.port() + ": " + why + "\"";
        }

        /** A call that fails at once on the failed channel carries the cause: a handshake's, most often. */
        private static String afterConnect(ManagedChannel channel) throws InterruptedException {
            CompletableFuture<Status> closed = new CompletableFuture<>();
            MethodDescriptor<byte[], byte[]> probe = MethodDescriptor.<byte[], byte[]>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName("grpc.health.v1.Health/Check")
                    .setRequestMarshaller(new Bytes()).setResponseMarshaller(new Bytes()).build();
            ClientCall<byte[], byte[]> call = channel.newCall(probe, CallOptions.DEFAULT
                    .withDeadlineAfter(10, TimeUnit.SECONDS));
            call.start(new ClientCall.Listener<>() {
                @Override
                public void onClose(Status status, Metadata trailers) {
                    closed.complete(status);
                }
            }, new Metadata());
            Status status;
            try {
                status = closed.get();
            } catch (java.util.concurrent.ExecutionException e) {
                return "connection failed";
            }
            Throwable cause = status.getCause();
            while (cause != null && cause.getCause() != null && !(cause instanceof javax.net.ssl.SSLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return "authentication handshake failed: " + cause.getMessage();
            }
            return cause != null ? String.valueOf(cause.getMessage()) : String.valueOf(status.getDescription());
        }
    }

    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {

        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
