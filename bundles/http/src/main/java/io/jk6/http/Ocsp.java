package io.jk6.http;

/**
 * k6's {@code res.ocsp}: the stapled OCSP answer of a TLS server. jk6 does not read stapled
 * answers, so an HTTPS response says {@code unknown}, as k6 does when the server staples none;
 * plain HTTP gives empty values, as k6's zero value.
 *
 * <p>A class with public fields under k6's names rather than a record: a record reaches JS through
 * an adapter, and a field of an adapted type makes its holder adapted too, so every
 * {@link HttpResponse} became a JS object built per request, which halved the requests of a 10 s,
 * 50-VU test (docs/design.md). {@code HttpModuleTest} holds the Response to the Java object itself.
 */
public final class Ocsp {

    static final Ocsp NONE = new Ocsp("");
    static final Ocsp UNKNOWN = new Ocsp("unknown");

    public final long produced_at = 0;
    public final long this_update = 0;
    public final long next_update = 0;
    public final long revoked_at = 0;
    public final String revocation_reason = "";
    public final String status;

    private Ocsp(String status) {
        this.status = status;
    }
}
