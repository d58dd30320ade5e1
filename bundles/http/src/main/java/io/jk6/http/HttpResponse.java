package io.jk6.http;

import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * k6's {@code Response}, as scripts read it: public fields named as k6 names them
 * ({@code status_text}, {@code error_code}, ...), headers as a map read with
 * {@code res.headers['Content-Type']}, and {@code json()} returning real JS values.
 */
public final class HttpResponse {

    public final int status;
    /** Go's status line text, such as {@code "200 OK"}; "" on failure. */
    public final String status_text;
    /** The body as text; null on failure or with {@code responseType: 'none'}. */
    public final String body;
    public final Map<String, String> headers;
    /** The URL of the final request, after redirects. */
    public final String url;
    public final String proto;
    public final String error;
    public final int error_code;
    public final ResponseTimings timings;
    public final RequestInfo request;
    public final String remote_ip;
    public final int remote_port;
    public final String tls_version;

    private final ScriptSupport script;

    HttpResponse(int status, String statusText, String body, Map<String, String> headers, String url,
            String proto, String error, int errorCode, ResponseTimings timings, RequestInfo request,
            String remoteIp, int remotePort, String tlsVersion, ScriptSupport script) {
        this.status = status;
        this.status_text = statusText;
        this.body = body;
        this.headers = headers;
        this.url = url;
        this.proto = proto;
        this.error = error;
        this.error_code = errorCode;
        this.timings = timings;
        this.request = request;
        this.remote_ip = remoteIp;
        this.remote_port = remotePort;
        this.tls_version = tlsVersion;
        this.script = script;
    }

    /** The body parsed as JSON, a JS value; a body that is no JSON throws a SyntaxError. */
    public Value json() {
        if (body == null) {
            throw script.error("cannot parse JSON: the response has no body"
                    + (error.isEmpty() ? "" : " (" + error + ")"));
        }
        return script.parseJson(body);
    }

    /** The part of the JSON body at {@code selector} ({@code "items.1"}, {@code "items.#"}), or null. */
    public Object json(String selector) {
        Value root = json();
        return selector == null || selector.isEmpty() ? root : JsonSelector.select(root, selector);
    }

    @Override
    public String toString() {
        return error.isEmpty() ? status_text + " " + url : "error " + error_code + " " + error + " " + url;
    }
}
