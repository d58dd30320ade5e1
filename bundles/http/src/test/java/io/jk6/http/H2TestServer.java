package io.jk6.http;

import io.jk6.testing.SelfSignedTls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.entity.BasicAsyncEntityConsumer;
import org.apache.hc.core5.http2.ssl.H2ServerTlsStrategy;
import org.apache.hc.core5.http.nio.support.AsyncResponseBuilder;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.reactor.IOSessionListener;
import org.apache.hc.core5.reactor.ListenerEndpoint;
import org.apache.hc.core5.util.Timeout;

/**
 * A server on 127.0.0.1 built on httpcore5-h2 (not on our client's code): over TLS it offers
 * h2 and http/1.1 by ALPN, or only http/1.1; it counts the connections it accepted.
 *
 * <p>Paths: {@code /echo} answers "protocol method path body-length cookie"; {@code /redirect}
 * sets a cookie and redirects to {@code /echo}; {@code /gzip} answers a gzip-encoded body;
 * {@code /slow} answers after 2 s.
 */
final class H2TestServer implements AutoCloseable {

    private final HttpAsyncServer server;
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger connections = new AtomicInteger();
    private final java.util.Set<java.net.SocketAddress> carriers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final int port;

    /**
     * @param tls       serve TLS (with a certificate made by keytool in {@code dir}), else cleartext
     * @param offerH2   with TLS: offer h2 by ALPN; without it the server speaks HTTP/1.1 only
     */
    H2TestServer(Path dir, boolean tls, boolean offerH2) throws Exception {
        this(dir, tls, offerH2, Timeout.ofMinutes(1));
    }

    /** @param idleTimeout how long the server keeps a connection without traffic before closing it */
    H2TestServer(Path dir, boolean tls, boolean offerH2, Timeout idleTimeout) throws Exception {
        H2ServerBootstrap bootstrap = H2ServerBootstrap.bootstrap()
                // The reactor checks timeouts once per select interval (1 s by default): check often.
                .setIOReactorConfig(IOReactorConfig.custom().setSoTimeout(idleTimeout)
                        .setSelectInterval(org.apache.hc.core5.util.TimeValue.ofMilliseconds(50)).build())
                .setVersionPolicy(offerH2 ? HttpVersionPolicy.NEGOTIATE : HttpVersionPolicy.FORCE_HTTP_1)
                .setIOSessionListener(new Counting())
                // The authorities tests use: the server answers 421 to hosts it is not told about.
                .setCanonicalHostName("127.0.0.1")
                .register("h2.test", "*", new Handler())
                .register("*", new Handler());
        if (tls) {
            bootstrap.setTlsStrategy(new H2ServerTlsStrategy(SelfSignedTls.create(dir).serverContext()));
        }
        server = bootstrap.create();
        server.start();
        HttpVersionPolicy policy = offerH2 ? HttpVersionPolicy.NEGOTIATE : HttpVersionPolicy.FORCE_HTTP_1;
        // The policy travels as the listener's attachment to the TLS strategy, which offers ALPN by it.
        ListenerEndpoint endpoint = server.listen(new InetSocketAddress("127.0.0.1", 0),
                tls ? URIScheme.HTTPS : URIScheme.HTTP, policy, null).get(10, TimeUnit.SECONDS);
        port = ((InetSocketAddress) endpoint.getAddress()).getPort();
    }

    int port() {
        return port;
    }

    /** How many TCP connections the server accepted since the last {@link #resetCounts()}. */
    int connections() {
        return connections.get();
    }

    /** Over how many connections requests came since the last {@link #resetCounts()}. */
    int connectionsWithRequests() {
        return carriers.size();
    }

    void resetCounts() {
        connections.set(0);
        carriers.clear();
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
        delays.shutdownNow();
    }

    private final class Handler implements AsyncServerRequestHandler<Message<HttpRequest, byte[]>> {

        @Override
        public AsyncRequestConsumer<Message<HttpRequest, byte[]>> prepare(HttpRequest request,
                org.apache.hc.core5.http.EntityDetails details, HttpContext context) {
            return new BasicRequestConsumer<>(details == null ? null : new BasicAsyncEntityConsumer());
        }

        @Override
        public void handle(Message<HttpRequest, byte[]> message, ResponseTrigger trigger, HttpContext context)
                throws org.apache.hc.core5.http.HttpException, IOException {
            HttpRequest request = message.getHead();
            carriers.add(org.apache.hc.core5.http.protocol.HttpCoreContext.cast(context).getEndpointDetails()
                    .getRemoteAddress());
            String path = request.getPath();
            if (path.startsWith("/redirect")) {
                trigger.submitResponse(AsyncResponseBuilder.create(302).setHeader("Location", "/echo")
                        .setHeader("Set-Cookie", "flavour=oat; Path=/").build(), context);
            } else if (path.startsWith("/gzip")) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write("unzipped over h2".getBytes(StandardCharsets.UTF_8));
                }
                trigger.submitResponse(AsyncResponseBuilder.create(200).setHeader("Content-Encoding", "gzip")
                        .setEntity(zipped.toByteArray(), ContentType.TEXT_PLAIN).build(), context);
            } else if (path.startsWith("/slow")) {
                delays.schedule(() -> {
                    try {
                        trigger.submitResponse(AsyncResponseBuilder.create(200).setEntity("late").build(), context);
                    } catch (Exception e) {
                        // the client gave up and the stream is gone: nothing to answer
                    }
                }, 2, TimeUnit.SECONDS);
            } else {
                byte[] body = message.getBody() == null ? new byte[0] : message.getBody();
                Header cookie = request.getFirstHeader("Cookie");
                String text = context.getProtocolVersion() + " " + request.getMethod() + " " + path + " "
                        + body.length + " " + (cookie == null ? "-" : cookie.getValue());
                trigger.submitResponse(AsyncResponseBuilder.create(200).setHeader("Set-Cookie", "seen=1")
                        .setEntity(text, ContentType.TEXT_PLAIN).build(), context);
            }
        }
    }

    private final class Counting implements IOSessionListener {
        @Override
        public void connected(IOSession session) {
            connections.incrementAndGet();
        }

        @Override
        public void startTls(IOSession session) {
        }

        @Override
        public void inputReady(IOSession session) {
        }

        @Override
        public void outputReady(IOSession session) {
        }

        @Override
        public void timeout(IOSession session) {
        }

        @Override
        public void exception(IOSession session, Exception ex) {
        }

        @Override
        public void disconnected(IOSession session) {
        }
    }
}
