package io.jk6.http.client;

/**
 * What a TLS connection negotiated, by k6's names: {@code res.tls_version} ({@code tls1.3}) and
 * {@code res.tls_cipher_suite} (the IANA name, as Go's {@code tls.CipherSuiteName} and the JDK
 * give it); empty strings for plain HTTP.
 */
public record TlsInfo(String version, String cipherSuite) {

    public static final TlsInfo NONE = new TlsInfo("", "");

    static TlsInfo of(javax.net.ssl.SSLSession session) {
        String version = switch (session.getProtocol()) {
            case "TLSv1.3" -> "tls1.3";
            case "TLSv1.2" -> "tls1.2";
            case "TLSv1.1" -> "tls1.1";
            case "TLSv1" -> "tls1.0";
            default -> session.getProtocol();
        };
        return new TlsInfo(version, session.getCipherSuite());
    }
}
