package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import io.jk6.testing.SelfSignedTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code connect()} over TLS (the default, as in k6): a server whose self-signed certificate the script trusts
 * through {@code tls.cacerts}, the handshake's failure in k6's words when it does not, and mutual TLS with the
 * client's certificate and PKCS#8 key in PEM ({@code tls.cert}, {@code tls.key}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsTest {

    private static EchoServer server;
    private static EchoServer mutual;
    private static String certificatePem;
    private static String clientCertificatePem;
    private static String clientKeyPem;

    @BeforeAll
    static void startTlsServers() throws Exception {
        Path dir = Files.createTempDirectory("grpc-tls");
        SelfSignedTls tls = SelfSignedTls.create(dir);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(tls.keyStore(), "changeit".toCharArray());
        certificatePem = pem("CERTIFICATE", tls.keyStore().getCertificate("server").getEncoded());
        // the client's own self-signed certificate, which the mutual TLS server trusts
        KeyStore client = SelfSignedTls.create(dir).keyStore();
        clientCertificatePem = pem("CERTIFICATE", client.getCertificate("server").getEncoded());
        clientKeyPem = pem("PRIVATE KEY", client.getKey("server", "changeit".toCharArray()).getEncoded());
        server = new EchoServer(false, keys, null);
        server.beforeAll(null);
        mutual = new EchoServer(false, keys, (X509Certificate) client.getCertificate("server"));
        mutual.beforeAll(null);
    }

    @AfterAll
    static void stopTlsServers() {
        server.afterAll(null);
        mutual.afterAll(null);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void aClientCertificateFromPemOpensAMutualTlsServer() throws InterruptedException {
        try (ModuleScript script = script()) {
            script.set("CA", certificatePem).set("CERT", clientCertificatePem).set("KEY", clientKeyPem)
                    .set("MUTUAL", mutual.address());
            assertThat(script.errorOf("client.connect(MUTUAL, { tls: { cacerts: CA }, timeout: '10s' })"))
                    .as("without its certificate the client is refused").startsWith("connection error: desc = ");
            script.evaluate("""
                    client.connect(MUTUAL, { tls: { cacerts: CA, cert: CERT, key: KEY } });
                    globalThis.text = client.invoke('jk6.test.Echo/Say', { text: 'mutual' }).message.text;
                    """);
            assertThat(script.eval("text").asString()).isEqualTo("mutual");
        }
    }

    @Test
    void aServerTrustedThroughCacertsAnswers() throws InterruptedException {
        try (ModuleScript script = script()) {
            script.set("CA", certificatePem);
            script.evaluate("""
                    client.connect(ADDR, { tls: { cacerts: [CA] } });
                    globalThis.text = client.invoke('jk6.test.Echo/Say', { text: 'over tls' }).message.text;
                    """);
            assertThat(script.eval("text").asString()).isEqualTo("over tls");
        }
    }

    @Test
    void anUntrustedCertificateFailsTheHandshakeAsK6Says() throws InterruptedException {
        try (ModuleScript script = script()) {
            assertThat(script.errorOf("client.connect(ADDR, { timeout: '10s' })"))
                    .startsWith("connection error: desc = \"transport: authentication handshake failed: ");
        }
    }

    private static ModuleScript script() throws InterruptedException {
        ModuleScript script = new ModuleScript().module("k6/net/grpc", new GrpcModule());
        script.evaluate("""
                import grpc from 'k6/net/grpc';
                globalThis.client = new grpc.Client();
                client.load(['src/test/resources/protos'], 'echo.proto');
                """);
        script.vu().startIterations();
        script.set("ADDR", server.address());
        return script;
    }
}
