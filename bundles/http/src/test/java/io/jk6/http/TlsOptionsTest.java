package io.jk6.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import io.jk6.testing.SelfSignedTls;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k6's TLS options against local HTTPS servers pinned to a version or asking for a client
 * certificate: {@code tlsVersion}, {@code tlsCipherSuites}, {@code tlsAuth}, and what a response
 * says of its TLS ({@code tls_version}, {@code tls_cipher_suite}, {@code ocsp}).
 */
class TlsOptionsTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private ExecutorService executor;
    private ModuleScript script;
    private FakeVU vu;

    /** A server presenting its own certificate; {@code clientTrust} non-null: it needs a client certificate. */
    private void start(List<String> protocols, KeyStore clientTrust) throws Exception {
        Path serverDir = Files.createDirectories(dir.resolve("server"));
        SelfSignedTls tls = SelfSignedTls.create(serverDir);
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(tls.keyStore(), "changeit".toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(clientTrust);
        context.init(keys.getKeyManagers(), clientTrust == null ? null : trust.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setProtocols(protocols.toArray(String[]::new));
                parameters.setNeedClientAuth(clientTrust != null);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", exchange -> {
            String who = "anonymous";
            try {
                X509Certificate peer = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
                who = peer.getSubjectX500Principal().getName();
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                // no client certificate
            }
            byte[] body = who.getBytes(StandardCharsets.UTF_8);
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
        if (script != null) {
            script.close();
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Test
    void aResponseSaysWhichVersionAndSuiteTlsNegotiated() throws Exception {
        start(List.of("TLSv1.2", "TLSv1.3"), null);
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true));

        Value res = script.eval("http.get(URL)");

        assertThat(res.getMember("tls_version").asString()).isEqualTo("tls1.3");
        assertThat(script.eval("http.TLS_1_3").asString()).isEqualTo("tls1.3");
        assertThat(res.getMember("tls_cipher_suite").asString()).startsWith("TLS_AES_");
        assertThat(res.getMember("ocsp").getMember("status").asString()).isEqualTo("unknown");
    }

    @Test
    void tlsVersionAndCipherSuitesChooseWhatTheClientOffers() throws Exception {
        start(List.of("TLSv1.2", "TLSv1.3"), null);
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true, "tlsVersion", "tls1.2",
                "tlsCipherSuites", List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384")));

        Value res = script.eval("http.get(URL)");

        assertThat(res.getMember("tls_version").asString()).isEqualTo("tls1.2");
        assertThat(res.getMember("tls_cipher_suite").asString()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
        assertThat(vu.samples("http_reqs").getFirst().tags().get("tls_version")).isEqualTo("tls1.2");
    }

    @Test
    void aServerOnlyBelowTheMinimumVersionFailsTheHandshake() throws Exception {
        start(List.of("TLSv1.2"), null);
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true,
                "tlsVersion", Map.of("min", "tls1.3", "max", "tls1.3")));

        Value res = script.eval("http.get(URL)");

        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error_code").asInt()).isBetween(1300, 1399);
    }

    @Test
    void tlsAuthPresentsTheClientCertificateOfTheServersDomain() throws Exception {
        Path clientDir = Files.createDirectories(dir.resolve("client"));
        KeyStore client = SelfSignedTls.create(clientDir).keyStore();
        start(List.of("TLSv1.2", "TLSv1.3"), client);
        String cert = pem("CERTIFICATE", client.getCertificate("server").getEncoded());
        String key = pem("PRIVATE KEY", client.getKey("server", "changeit".toCharArray()).getEncoded());
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true, "tlsAuth", List.of(
                Map.of("domains", List.of("elsewhere.example"), "cert", cert, "key", key),
                Map.of("domains", List.of("127.0.0.1"), "cert", cert, "key", key))));

        Value res = script.eval("http.get(URL)");

        assertThat(res.getMember("status").asInt()).as(res.getMember("error").asString()).isEqualTo(200);
        assertThat(res.getMember("body").asString()).isEqualTo("CN=127.0.0.1");
    }

    @Test
    void withoutAClientCertificateTheServerThatNeedsOneRefusesTheHandshake() throws Exception {
        start(List.of("TLSv1.2", "TLSv1.3"), SelfSignedTls.create(Files.createDirectories(dir.resolve("c"))).keyStore());
        vu.runningState().options(Map.of("insecureSkipTLSVerify", true));

        Value res = script.eval("http.get(URL)");

        assertThat(res.getMember("status").asInt()).isZero();
        assertThat(res.getMember("error").asString()).isNotEmpty();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
