package io.jk6.support.tls;

import static io.jk6.support.tls.PemTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * Real handshakes on 127.0.0.1 against a server that needs a client certificate: the client's
 * context as {@link ClientTls} makes it from PEM, the server's from the same files.
 */
class ClientTlsTest {

    private static final X509Certificate EC = Pem.certificates(resource("ec.crt")).getFirst();
    private static final PrivateKey EC_KEY = Pem.privateKey(resource("ec-sec1.key"));
    private static final X509Certificate RSA = Pem.certificates(resource("rsa.crt")).getFirst();
    private static final PrivateKey RSA_KEY = Pem.privateKey(resource("rsa-pkcs1.key"));

    /** A server presenting {@code cert}, needing a client certificate signed by (here: equal to) {@code client}. */
    private static SSLContext server(X509Certificate cert, PrivateKey key, X509Certificate client) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", key, new char[0], new X509Certificate[] {cert});
        store.setCertificateEntry("client", client);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** One handshake; the subject of the client certificate the server saw. */
    private static String handshake(SSLContext serverContext, ClientTls client) throws Exception {
        try (SSLServerSocket server = (SSLServerSocket) serverContext.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setNeedClientAuth(true);
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket accepted = (SSLSocket) server.accept()) {
                    accepted.startHandshake();
                    return ((X509Certificate) accepted.getSession().getPeerCertificates()[0])
                            .getSubjectX500Principal().getName();
                } catch (IOException e) {
                    return "refused: " + e.getMessage();
                }
            });
            // by address, as the outputs dial 127.0.0.1: the host checked is the IP
            try (SSLSocket socket = (SSLSocket) client.context().getSocketFactory()
                    .createSocket("127.0.0.1", server.getLocalPort())) {
                var parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // as the HTTP clients check the host
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                socket.getInputStream().read(); // TLS 1.3: the server's verdict on our certificate comes after
            } catch (IOException clientSide) {
                seen.get(30, TimeUnit.SECONDS);
                throw clientSide;
            }
            return seen.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theClientCertificateFromPemReachesAServerThatNeedsOne() throws Exception {
        ClientTls client = ClientTls.of(List.of(RSA), List.of(EC), EC_KEY, false);

        assertThat(handshake(server(RSA, RSA_KEY, EC), client)).isEqualTo("CN=jk6 test client");
    }

    @Test
    void withoutTheClientCertificateTheServerRefuses() throws Exception {
        ClientTls client = ClientTls.of(List.of(RSA), List.of(), null, false);

        assertThatThrownBy(() -> handshake(server(RSA, RSA_KEY, EC), client)).isInstanceOf(IOException.class);
    }

    @Test
    void onlyTheGivenCertificatesAreTrustedElseTheJvmsOwn() throws Exception {
        SSLContext server = server(RSA, RSA_KEY, EC);

        assertThatThrownBy(() -> handshake(server, ClientTls.of(List.of(EC), List.of(EC), EC_KEY, false)))
                .isInstanceOf(SSLHandshakeException.class);
        assertThatThrownBy(() -> handshake(server, ClientTls.of(List.of(), List.of(EC), EC_KEY, false)))
                .as("a self-signed server is in no default trust store").isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void insecureAcceptsAnyCertificateForAnyHostAsGosInsecureSkipVerify() throws Exception {
        // the server presents the certificate of elsewhere.example, self-signed, on 127.0.0.1
        ClientTls client = ClientTls.of(List.of(), List.of(EC), EC_KEY, true);

        assertThat(handshake(server(EC, EC_KEY, EC), client)).isEqualTo("CN=jk6 test client");
        assertThatThrownBy(() -> handshake(server(EC, EC_KEY, EC), ClientTls.of(List.of(EC), List.of(EC), EC_KEY,
                false))).as("trusted, but not for this host").isInstanceOf(SSLHandshakeException.class);
    }
}
