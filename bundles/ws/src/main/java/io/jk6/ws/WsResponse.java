package io.jk6.ws;

import java.util.Map;

/**
 * What {@code ws.connect} returns, as k6's: the upgrade's status (101 once the socket opened), and when the
 * server refused the upgrade its status, headers and body; {@code error} when there was no answer at all.
 */
public final class WsResponse {

    public final int status;
    public final String url;
    public final Map<String, String> headers;
    public final String body;
    public final String error;

    WsResponse(int status, String url, Map<String, String> headers, String body, String error) {
        this.status = status;
        this.url = url;
        this.headers = headers;
        this.body = body;
        this.error = error;
    }
}
