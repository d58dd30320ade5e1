package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import io.jk6.testing.SelfSignedTls;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS against a local HTTPS server whose self-signed certificate (made by the JDK's keytool,
 * valid for IP 127.0.0.1) the JDK default trust store does not know.
 */
class HttpsTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private ExecutorService executor;
    private KeyStore keyStore;
    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void start() throws Exception {
        SelfSignedTls tls = SelfSignedTls.create(dir);
        keyStore = tls.keyStore();
        SSLContext serverTls = tls.serverContext();

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/", exchange -> {
            byte[] body = "secure".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();

        script = new ModuleScript(new FakeVU().startIterations()).importing("http", new HttpModule())
                .set("URL", "https://127.0.0.1:" + server.getAddress().getPort() + "/");
        vu = script.vu();
    }

    @AfterEach
    void stop() {
        script.close();
        server.stop(0);
        executor.shutdownNow();
    }

    @Test
    void unknownCertificateAuthorityIsK6Error1310() {
        Value res = script.eval("http.get(URL)");
        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error_code").asInt()).isEqualTo(1310);
        assertThat(res.getMember("error").asString()).contains("certificate signed by unknown authority");
        assertThat(res.getMember("timings").getMember("tls_handshaking").asDouble()).isPositive();
    }

    @Test
    void insecureSkipTLSVerifyAcceptsAnUnknownCertificate() {
        vu.runningState().options(java.util.Map.of("insecureSkipTLSVerify", true));
        Value res = script.eval("http.get(URL)");
        assertThat(res.getMember("error").asString()).isEmpty();
        assertThat(res.getMember("status").asInt()).isEqualTo(200);
        assertThat(res.getMember("body").asString()).isEqualTo("secure");
    }

    @Test
    void trustedCertificateHandshakesOnceAndReusesTheSession() throws Exception {
        SSLContext original = SSLContext.getDefault();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);
        SSLContext.setDefault(trusting);
        try {
            Value first = script.eval("http.get(URL)");
            assertThat(first.getMember("status").asInt()).isEqualTo(200);
            assertThat(first.getMember("body").asString()).isEqualTo("secure");
            assertThat(first.getMember("tls_version").asString()).isEqualTo("tls1.3");
            assertThat(first.getMember("timings").getMember("tls_handshaking").asDouble()).isPositive();
            Value second = script.eval("http.get(URL)");
            assertThat(second.getMember("timings").getMember("tls_handshaking").asDouble()).isZero();
            assertThat(second.getMember("timings").getMember("connecting").asDouble()).isZero();
            assertThat(vu.samples("http_reqs").getFirst().tags().get("tls_version")).isEqualTo("tls1.3");
        } finally {
            SSLContext.setDefault(original);
        }
    }
}
