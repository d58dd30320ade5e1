package io.jk6.output.opentelemetry;

import io.jk6.support.GoBool;
import io.jk6.support.tls.ClientTls;
import io.jk6.support.tls.Pem;
import io.jk6.support.tls.PemFile;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The exporter's TLS from k6's four {@code K6_OTEL_TLS_*} settings, as k6's {@code buildTLSConfig}:
 * {@code INSECURE_SKIP_VERIFY}; {@code CERTIFICATE}, a PEM file of the only certificates to trust;
 * {@code CLIENT_CERTIFICATE} and {@code CLIENT_KEY}, PEM files of the certificate to present. None
 * set: the SDK's default TLS (the JVM's trust store, TLS 1.2 and 1.3); one set: TLS 1.3 only, as
 * k6. They apply to grpc and http/protobuf alike,
 * and only when the exporter speaks TLS ({@code *_EXPORTER_INSECURE} not set).
 *
 * <p>The files are read when the output is created, so a wrong one stops the run before it starts
 * with one error naming the variable and the path.
 */
final class OtelTls {

    static final String INSECURE_SKIP_VERIFY = "K6_OTEL_TLS_INSECURE_SKIP_VERIFY";
    static final String CERTIFICATE = "K6_OTEL_TLS_CERTIFICATE";
    static final String CLIENT_CERTIFICATE = "K6_OTEL_TLS_CLIENT_CERTIFICATE";
    static final String CLIENT_KEY = "K6_OTEL_TLS_CLIENT_KEY";
    /** k6's {@code MinVersion: tls.VersionTLS13} whenever one of the settings is given (Go has no version above). */
    static final List<String> PROTOCOLS = List.of("TLSv1.3");

    private OtelTls() {
    }

    /**
     * @return the TLS context to hand the exporter, or null when no setting asks for one
     * @throws IllegalArgumentException a file that cannot be read or used, in k6's words with the
     *                                  variable and path; a client certificate without its key
     */
    static ClientTls of(Map<String, String> env) {
        if (Stream.of(INSECURE_SKIP_VERIFY, CERTIFICATE, CLIENT_CERTIFICATE, CLIENT_KEY).noneMatch(env::containsKey)) {
            return null; // k6's buildTLSConfig returns nil: the exporter's own TLS
        }
        boolean insecure = GoBool.fromEnvironment(env, INSECURE_SKIP_VERIFY);
        List<X509Certificate> trusted = List.of();
        if (env.containsKey(CERTIFICATE)) {
            trusted = read(env, CERTIFICATE, "failed to read root certificate", Pem::certificates);
        }
        List<X509Certificate> chain = List.of();
        PrivateKey key = null;
        if (env.containsKey(CLIENT_CERTIFICATE) || env.containsKey(CLIENT_KEY)) {
            // k6 fails on a certificate without its key and ignores a key alone: jk6 says which one is missing
            for (String[] pair : new String[][] {{CLIENT_CERTIFICATE, CLIENT_KEY}, {CLIENT_KEY, CLIENT_CERTIFICATE}}) {
                if (!env.containsKey(pair[1])) {
                    throw failed("failed to load client certificate: " + pair[0] + " is set without " + pair[1]);
                }
            }
            chain = read(env, CLIENT_CERTIFICATE, "failed to load client certificate", Pem::certificates);
            key = read(env, CLIENT_KEY, "failed to load client certificate", Pem::privateKey);
        }
        try {
            return ClientTls.of(trusted, chain, key, insecure);
        } catch (IllegalArgumentException e) {
            throw failed("failed to load client certificate: " + CLIENT_KEY + " (" + env.get(CLIENT_KEY)
                    + ") and " + CLIENT_CERTIFICATE + " (" + env.get(CLIENT_CERTIFICATE) + "): " + e.getMessage());
        }
    }

    /** The file {@code variable} names, parsed; k6's {@code what} failed, the variable and path, and why. */
    private static <T> T read(Map<String, String> env, String variable, String what, Function<String, T> parse) {
        String path = env.get(variable);
        String text;
        try {
            text = PemFile.read(variable, path);
        } catch (IllegalArgumentException e) {
            throw failed(what + ": " + e.getMessage()); // VARIABLE: open PATH: reason
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw failed(what + ": " + variable + " (" + path + "): " + e.getMessage());
        }
    }

    private static IllegalArgumentException failed(String message) {
        return new IllegalArgumentException("failed to create OpenTelemetry exporter: " + message);
    }
}
