package io.jk6.http.client;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context a connection handshakes with: the JDK's default, trust-all for
 * {@code insecureSkipTLSVerify}, and with {@code tlsAuth}'s client certificates one made once per
 * test's settings (its VUs share the same {@link TlsSettings} values).
 */
final class ClientTls {

    private static final Map<TlsSettings, SSLContext> SECURE = new WeakHashMap<>();
    private static final Map<TlsSettings, SSLContext> INSECURE = new WeakHashMap<>();

    private ClientTls() {
    }

    static SSLContext context(TlsSettings tls, boolean insecure) throws GeneralSecurityException {
        if (tls.certificates().isEmpty()) {
            return insecure ? InsecureTls.context() : SSLContext.getDefault();
        }
        Map<TlsSettings, SSLContext> cache = insecure ? INSECURE : SECURE;
        synchronized (cache) {
            SSLContext context = cache.get(tls);
            if (context == null) {
                context = SSLContext.getInstance("TLS");
                TrustManager[] trust = insecure ? InsecureTls.trustAll() : defaultTrust();
                context.init(new KeyManager[] {new ClientKeys(tls.certificates())}, trust, null);
                cache.put(tls, context);
            }
            return context;
        }
    }

    private static TrustManager[] defaultTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((java.security.KeyStore) null);
        return factory.getTrustManagers();
    }
}
