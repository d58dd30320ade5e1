package io.jk6.support.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The client side of a TLS connection as a Go {@code tls.Config} describes it for k6's outputs:
 * which servers to trust ({@code RootCAs}, else the JVM's default trust store, or
 * {@code InsecureSkipVerify}) and which certificate to present ({@code Certificates}). Both halves
 * are kept: the JDK's {@code HttpClient} takes the context, OkHttp (OpenTelemetry's gRPC sender)
 * wants the trust manager beside it.
 */
public record ClientTls(SSLContext context, X509TrustManager trustManager) {

    /** The in-memory key store's password: never leaves this class, so any will do. */
    private static final char[] PASSWORD = new char[0];

    /**
     * @param trusted  the only certificates to trust (Go's {@code RootCAs}); empty: the JVM's own
     * @param chain    the client's certificate chain, leaf first; empty: none is presented
     * @param key      the chain's private key; null when no chain
     * @param insecure any server certificate is accepted, for any host (Go's
     *                 {@code InsecureSkipVerify}); {@code trusted} then does not matter
     * @throws IllegalArgumentException the key does not go with the certificate, or the JDK
     *                                  refuses either
     */
    public static ClientTls of(List<X509Certificate> trusted, List<X509Certificate> chain, PrivateKey key,
            boolean insecure) {
        try {
            X509TrustManager trust = insecure ? new AnyServer() : trustManager(trusted);
            KeyManager[] keys = chain.isEmpty() ? null : keyManagers(chain, key);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[] {trust}, null);
            return new ClientTls(context, trust);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(List<X509Certificate> trusted) throws GeneralSecurityException {
        KeyStore store = null; // the JVM's default trust store
        if (!trusted.isEmpty()) {
            store = emptyStore();
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK has no X.509 trust manager");
    }

    private static KeyManager[] keyManagers(List<X509Certificate> chain, PrivateKey key)
            throws GeneralSecurityException {
        KeyPairCheck.check(chain.getFirst().getPublicKey(), key);
        KeyStore store = emptyStore();
        store.setKeyEntry("client", key, PASSWORD, chain.toArray(X509Certificate[]::new));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, PASSWORD);
        return factory.getKeyManagers();
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }

    /**
     * Trusts every server, for every host: an extended trust manager, so the JDK does not wrap it
     * in one that still checks the host name against the certificate (Go's
     * {@code InsecureSkipVerify} skips both checks).
     */
    private static final class AnyServer extends X509ExtendedTrustManager {
        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
