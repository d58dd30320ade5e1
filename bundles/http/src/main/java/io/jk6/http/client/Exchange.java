package io.jk6.http.client;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one request on the wire: a response, or a {@link RequestFailure}.
 *
 * @param status        status code, 0 on failure
 * @param reason        reason phrase, "" when none
 * @param proto         "HTTP/1.1", "" on failure
 * @param headers       response headers by canonical name, repeated ones joined with ", "
 * @param body          response body, empty when none
 * @param timings       the time spent in each phase
 * @param bytesSent     bytes written for this request, head included
 * @param bytesReceived bytes read for this response, head included
 * @param remoteIp      the server's address, "" when not connected
 * @param remotePort    the server's port, 0 when not connected
 * @param tls           the TLS version and cipher suite, by k6's names ({@link TlsInfo#NONE} for plain HTTP)
 * @param failure       why there is no response, or null
 * @param setCookies    each Set-Cookie line as received (they cannot be joined with ", " as other headers)
 */
public record Exchange(
        int status,
        String reason,
        String proto,
        Map<String, String> headers,
        byte[] body,
        ExchangeTimings timings,
        long bytesSent,
        long bytesReceived,
        String remoteIp,
        int remotePort,
        TlsInfo tls,
        RequestFailure failure,
        List<String> setCookies) {

    /** k6's name of the TLS version ("tls1.3"), "" for plain HTTP. */
    public String tlsVersion() {
        return tls.version();
    }

    public boolean failed() {
        return failure != null;
    }
}
