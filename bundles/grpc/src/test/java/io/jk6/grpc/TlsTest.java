package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import io.jk6.testing.SelfSignedTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code connect()} over TLS (the default, as in k6): a server whose self-signed certificate the script trusts
 * through {@code tls.cacerts}, and the handshake's failure in k6's words when it does not.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsTest {

    private static EchoServer server;
    private static String certificatePem;

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path dir = Files.createTempDirectory("grpc-tls");
        SelfSignedTls tls = SelfSignedTls.create(dir);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(tls.keyStore(), "changeit".toCharArray());
        server = new EchoServer(false, keys);
        server.beforeAll(null);
        KeyStore store = tls.keyStore();
        certificatePem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(store.getCertificate("server").getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @AfterAll
    static void stopTlsServer() {
        server.afterAll(null);
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
