package io.jk6.http;

import java.util.List;
import java.util.Map;

/** k6's {@code res.request}: what was sent, for the final request of a redirect chain. */
public final class RequestInfo {

    public final String method;
    public final String url;
    /** Header values by name, as in k6 a list per name. */
    public final Map<String, List<String>> headers;
    public final String body;

    RequestInfo(String method, String url, Map<String, List<String>> headers, String body) {
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
