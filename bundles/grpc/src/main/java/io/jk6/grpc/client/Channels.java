package io.jk6.grpc.client;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
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
                throw new IllegalStateException(DialErrors.describe(target, deadline));
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

    /** Why a TCP connection to the target fails, in Go's words: one plain connect tells what the channel hid. */
    static final class DialErrors {

        private DialErrors() {
        }

        static String describe(HostPort target, long deadline) {
            String why;
            int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                    TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(target.host(), target.port()), millis);
                why = "connection closed before server preface received";
                return "connection error: desc = \"error reading server preface: " + why + "\"";
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
    }
}
