package io.jk6.http.client;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** The TLS context of {@code insecureSkipTLSVerify: true}: any certificate is accepted, as Go's InsecureSkipVerify. */
final class InsecureTls {

    private static volatile SSLContext context;

    private InsecureTls() {
    }

    static SSLContext context() throws GeneralSecurityException {
        SSLContext c = context;
        if (c == null) {
            c = SSLContext.getInstance("TLS");
            c.init(null, trustAll(), null);
            context = c;
        }
        return c;
    }

    /** Trust managers that accept any server, for a context with client keys too ({@link ClientTls}). */
    static TrustManager[] trustAll() {
        return new TrustManager[] {new TrustAll()};
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // a load-test client does not authenticate clients
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // insecureSkipTLSVerify: the script asked to trust any server
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
