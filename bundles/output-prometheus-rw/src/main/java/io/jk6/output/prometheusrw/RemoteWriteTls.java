package io.jk6.output.prometheusrw;

import io.jk6.support.tls.ClientTls;
import io.jk6.support.tls.Pem;
import io.jk6.support.tls.PemFile;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The remote write client's TLS, as k6's {@code RemoteConfig} builds it: the server is trusted by
 * the JVM's trust store unless {@code K6_PROMETHEUS_RW_INSECURE_SKIP_TLS_VERIFY}; the client
 * presents the certificate of {@code K6_PROMETHEUS_RW_CLIENT_CERTIFICATE} with the key of
 * {@code K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY}, both PEM files (k6 has no CA file setting: a
 * private CA goes into the system's trust store, here the JVM's).
 *
 * <p>The files are read when the output is created: a wrong one stops the run before it starts,
 * naming the variable and the path.
 */
final class RemoteWriteTls {

    static final String CLIENT_CERTIFICATE = "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE";
    static final String CLIENT_CERTIFICATE_KEY = "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE_KEY";

    private RemoteWriteTls() {
    }

    /**
     * @return the TLS context for the client, or null for the JDK's default (nothing asked)
     * @throws IllegalArgumentException in k6's words with the variable and path: a file that
     *                                  cannot be read or used, a certificate without its key
     */
    static ClientTls of(Map<String, String> env, boolean insecureSkipVerify) {
        // an empty variable is no setting, as a compose file's "K6_PROMETHEUS_RW_CLIENT_CERTIFICATE=" means
        String certPath = env.getOrDefault(CLIENT_CERTIFICATE, "");
        String keyPath = env.getOrDefault(CLIENT_CERTIFICATE_KEY, "");
        if (certPath.isEmpty() && keyPath.isEmpty()) {
            return insecureSkipVerify ? ClientTls.of(List.of(), List.of(), null, true) : null;
        }
        if (certPath.isEmpty() || keyPath.isEmpty()) {
            // k6 ignores one without the other, and the server then refuses the client: jk6 says which one is missing
            throw failed(certPath.isEmpty() ? CLIENT_CERTIFICATE_KEY + " is set without " + CLIENT_CERTIFICATE
                    : CLIENT_CERTIFICATE + " is set without " + CLIENT_CERTIFICATE_KEY);
        }
        List<X509Certificate> chain = read(CLIENT_CERTIFICATE, certPath, Pem::certificates);
        PrivateKey key = read(CLIENT_CERTIFICATE_KEY, keyPath, Pem::privateKey);
        try {
            return ClientTls.of(List.of(), chain, key, insecureSkipVerify);
        } catch (IllegalArgumentException e) {
            throw failed(CLIENT_CERTIFICATE_KEY + " (" + keyPath + ") and " + CLIENT_CERTIFICATE + " (" + certPath
                    + "): " + e.getMessage());
        }
    }

    private static <T> T read(String variable, String path, Function<String, T> parse) {
        String text;
        try {
            text = PemFile.read(variable, path);
        } catch (IllegalArgumentException e) {
            throw failed(e.getMessage()); // VARIABLE: open PATH: reason
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw failed(variable + " (" + path + "): " + e.getMessage());
        }
    }

    private static IllegalArgumentException failed(String message) {
        return new IllegalArgumentException("failed to load the TLS certificate: " + message);
    }
}
