package io.jk6.e2e;

import io.jk6.testing.SelfSignedTls;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.support.AsyncResponseBuilder;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap;
import org.apache.hc.core5.http2.ssl.H2ServerTlsStrategy;
import org.apache.hc.core5.io.CloseMode;

/**
 * A TLS server on 127.0.0.1 that chooses HTTP/2 by ALPN, as k6's HTTP/2 example needs, answering
 * {@code hello} to any path; it counts the client connections that carried requests.
 */
final class H2Server implements AutoCloseable {

    private final Set<SocketAddress> carriers = ConcurrentHashMap.newKeySet();
    private final HttpAsyncServer server;
    private final int port;

    H2Server(Path dir) throws Exception {
        AsyncServerRequestHandler<Message<HttpRequest, Void>> hello = new AsyncServerRequestHandler<>() {
            @Override
            public BasicRequestConsumer<Void> prepare(HttpRequest request, EntityDetails details, HttpContext context) {
                return new BasicRequestConsumer<>((AsyncEntityConsumer<Void>) null);
            }

            @Override
            public void handle(Message<HttpRequest, Void> m, ResponseTrigger trigger, HttpContext context)
                    throws HttpException, java.io.IOException {
                carriers.add(HttpCoreContext.cast(context).getEndpointDetails().getRemoteAddress());
                trigger.submitResponse(AsyncResponseBuilder.create(200).setEntity("hello", ContentType.TEXT_PLAIN)
                        .build(), context);
            }
        };
        server = H2ServerBootstrap.bootstrap().setCanonicalHostName("127.0.0.1")
                .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                .setTlsStrategy(new H2ServerTlsStrategy(SelfSignedTls.create(dir).serverContext()))
                .register("*", hello).create();
        server.start();
        port = ((InetSocketAddress) server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTPS)
                .get(10, TimeUnit.SECONDS).getAddress()).getPort();
    }

    String url() {
        return "https://127.0.0.1:" + port + "/";
    }

    /** The client connections that carried requests so far. */
    Set<SocketAddress> carriers() {
        return carriers;
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
    }
}
