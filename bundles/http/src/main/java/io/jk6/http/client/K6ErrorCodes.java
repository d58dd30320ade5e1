package io.jk6.http.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * k6's error codes (lib/netext/httpext/error_codes.go) and the mapping of JDK and httpcore
 * exceptions onto them, with messages worded as Go's net/http would so scripts and logs that
 * match on them keep working.
 */
public final class K6ErrorCodes {

    public static final int GENERIC = 1000;
    public static final int INVALID_URL = 1020;
    public static final int REQUEST_TIMEOUT = 1050;
    public static final int DNS_GENERIC = 1100;
    public static final int DNS_NO_SUCH_HOST = 1101;
    public static final int BLACKLISTED_IP = 1110;
    public static final int BLOCKED_HOSTNAME = 1111;
    public static final int TCP_GENERIC = 1200;
    public static final int TCP_BROKEN_PIPE = 1201;
    public static final int TCP_DIAL = 1210;
    public static final int TCP_DIAL_TIMEOUT = 1211;
    public static final int TCP_DIAL_REFUSED = 1212;
    public static final int TCP_RESET_BY_PEER = 1220;
    public static final int TLS_GENERIC = 1300;
    public static final int TLS_UNKNOWN_AUTHORITY = 1310;
    public static final int TLS_HOSTNAME_MISMATCH = 1311;

    private K6ErrorCodes() {
    }

    /**
     * The failure {@code error} stands for.
     *
     * @param phase           the phase that failed
     * @param key             where the request went
     * @param deadlinePassed  whether the request's own timeout has expired
     */
    static RequestFailure classify(Exception error, Phase phase, ConnectionKey key, boolean deadlinePassed) {
        if (error instanceof DialPolicy.Refused refused) {
            return new RequestFailure(refused.code(), refused.k6Message());
        }
        if (error instanceof H2Failure h2) {
            return new RequestFailure(h2.k6Code(), h2.getMessage());
        }
        String dial = "dial tcp " + key.address() + ": ";
        if (error instanceof SocketTimeoutException) {
            if (deadlinePassed || phase != Phase.CONNECTING) {
                return new RequestFailure(REQUEST_TIMEOUT, "request timeout");
            }
            return new RequestFailure(TCP_DIAL_TIMEOUT, dial + "i/o timeout");
        }
        if (error instanceof UnknownHostException) {
            return new RequestFailure(DNS_NO_SUCH_HOST, "lookup " + key.host() + ": no such host");
        }
        if (error instanceof ConnectException && phase == Phase.CONNECTING) {
            String text = String.valueOf(error.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("refused")) {
                return new RequestFailure(TCP_DIAL_REFUSED, dial + "connect: connection refused");
            }
            return new RequestFailure(TCP_DIAL, dial + "connect: " + error.getMessage());
        }
        if (error instanceof NoRouteToHostException) {
            return new RequestFailure(TCP_DIAL, dial + "connect: no route to host");
        }
        if (error instanceof SSLException ssl) {
            return classifyTls(ssl, key);
        }
        if (error instanceof NoHttpResponseException || error instanceof ConnectionClosedException) {
            return new RequestFailure(GENERIC, "EOF");
        }
        if (error instanceof SocketException) {
            String text = String.valueOf(error.getMessage()).toLowerCase(java.util.Locale.ROOT);
            String op = phase == Phase.SENDING ? "write" : "read";
            String where = op + " tcp " + key.address() + ": ";
            if (text.contains("reset")) {
                return new RequestFailure(TCP_RESET_BY_PEER, where + "connection reset by peer");
            }
            if (text.contains("broken pipe")) {
                return new RequestFailure(TCP_BROKEN_PIPE, where + "broken pipe");
            }
            return new RequestFailure(TCP_GENERIC, where + error.getMessage());
        }
        if (error instanceof HttpException) {
            return new RequestFailure(GENERIC, "malformed HTTP response: " + error.getMessage());
        }
        if (error instanceof IOException) {
            return new RequestFailure(GENERIC, String.valueOf(error.getMessage()));
        }
        return new RequestFailure(GENERIC, error.toString());
    }

    private static RequestFailure classifyTls(SSLException error, ConnectionKey key) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return new RequestFailure(TLS_UNKNOWN_AUTHORITY,
                        "tls: failed to verify certificate: x509: certificate signed by unknown authority");
            }
            if (cause instanceof CertificateException && String.valueOf(cause.getMessage()).contains("match")) {
                return new RequestFailure(TLS_HOSTNAME_MISMATCH,
                        "tls: failed to verify certificate: x509: certificate is not valid for " + key.host());
            }
        }
        String kind = error instanceof SSLHandshakeException ? "tls: handshake failure: " : "tls: ";
        return new RequestFailure(TLS_GENERIC, kind + error.getMessage());
    }
}
