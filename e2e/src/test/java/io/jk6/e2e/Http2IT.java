package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.SelfSignedTls;
import io.jk6.testing.run.Scripts;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.support.AsyncResponseBuilder;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.http2.impl.nio.bootstrap.H2ServerBootstrap;
import org.apache.hc.core5.http2.ssl.H2ServerTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's k6/http (its bundle, with httpcore5-h2 embedded, in Felix) speaks HTTP/2 to a
 * TLS server that chooses h2 by ALPN: what k6's HTTP/2 example checks, over one connection.
 */
class Http2IT {

    @TempDir
    Path dir;

    @Test
    void aScriptSeesHttp2AndItsRequestsShareOneConnection() throws Exception {
        Set<SocketAddress> carriers = ConcurrentHashMap.newKeySet();
        AsyncServerRequestHandler<org.apache.hc.core5.http.Message<org.apache.hc.core5.http.HttpRequest, Void>> hello =
                new AsyncServerRequestHandler<>() {
                    @Override
                    public BasicRequestConsumer<Void> prepare(org.apache.hc.core5.http.HttpRequest request,
                            org.apache.hc.core5.http.EntityDetails details,
                            org.apache.hc.core5.http.protocol.HttpContext context) {
                        return new BasicRequestConsumer<>(
                                (org.apache.hc.core5.http.nio.AsyncEntityConsumer<Void>) null);
                    }

                    @Override
                    public void handle(org.apache.hc.core5.http.Message<org.apache.hc.core5.http.HttpRequest, Void> m,
                            ResponseTrigger trigger, org.apache.hc.core5.http.protocol.HttpContext context)
                            throws org.apache.hc.core5.http.HttpException, java.io.IOException {
                        carriers.add(HttpCoreContext.cast(context).getEndpointDetails().getRemoteAddress());
                        trigger.submitResponse(AsyncResponseBuilder.create(200)
                                .setEntity("hello", ContentType.TEXT_PLAIN).build(), context);
                    }
                };
        HttpAsyncServer server = H2ServerBootstrap.bootstrap().setCanonicalHostName("127.0.0.1")
                .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                .setTlsStrategy(new H2ServerTlsStrategy(SelfSignedTls.create(dir).serverContext()))
                .register("*", hello).create();
        server.start();
        try {
            int port = ((InetSocketAddress) server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTPS)
                    .get(10, TimeUnit.SECONDS).getAddress()).getPort();
            Scripts.write(dir, "script.js", """
                    import http from 'k6/http';
                    import { check } from 'k6';
                    export const options = { iterations: 3, insecureSkipTLSVerify: true };
                    export default function () {
                      const res = http.get(__ENV.URL);
                      const batch = http.batch([__ENV.URL + '?a', __ENV.URL + '?b']);
                      check(res, {
                        'status is 200': (r) => r.status === 200,
                        'protocol is HTTP/2': (r) => r.proto === 'HTTP/2.0',
                      });
                      check(batch[1], { 'batch over HTTP/2': (r) => r.proto === 'HTTP/2.0' });
                    }
                    """);

            var result = jk6("run", "-e", "URL=https://127.0.0.1:" + port + "/", "script.js").in(dir).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stdout()).containsPattern("checks_succeeded\\.*: 100.00% 9 out of 9");
            assertThat(carriers).as("connections that carried the 9 requests").hasSize(1);
        } finally {
            server.close(CloseMode.IMMEDIATE);
        }
    }
}
