package io.jk6.http;

/**
 * k6's {@code res.ocsp}: the stapled OCSP answer of a TLS server. jk6 does not read stapled
 * answers, so an HTTPS response says {@code unknown}, as k6 does when the server staples none;
 * plain HTTP gives empty values, as k6's zero value.
 */
public record Ocsp(long producedAt, long thisUpdate, long nextUpdate, long revokedAt, String revocationReason,
        String status) {

    static final Ocsp NONE = new Ocsp(0, 0, 0, 0, "", "");
    static final Ocsp UNKNOWN = new Ocsp(0, 0, 0, 0, "", "unknown");
}
