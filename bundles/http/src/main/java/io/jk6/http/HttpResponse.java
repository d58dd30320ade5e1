package io.jk6.http;

import io.jk6.http.html.Selection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import io.jk6.http.client.TlsInfo;
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
    /**
     * The body: a string ({@code responseType: 'text'}, the default), an ArrayBuffer
     * ({@code 'binary'}), null on failure or with {@code 'none'}. Decompressed by its Content-Encoding.
     */
    public final Object body;
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
    /** The negotiated suite's IANA name, as Go's {@code tls.CipherSuiteName}; "" for plain HTTP. */
    public final String tls_cipher_suite;
    public final Ocsp ocsp;
    /** The cookies the final response set, by name, as k6's {@code res.cookies}. */
    public final Map<String, List<ResponseCookie>> cookies;

    private final ScriptSupport script;
    private final HttpRequester requester;

    HttpResponse(int status, String statusText, Object body, Map<String, String> headers, String url,
            String proto, String error, int errorCode, ResponseTimings timings, RequestInfo request,
            String remoteIp, int remotePort, TlsInfo tls, Map<String, List<ResponseCookie>> cookies,
            ScriptSupport script, HttpRequester requester) {
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
        this.tls_version = tls.version();
        this.tls_cipher_suite = tls.cipherSuite();
        this.ocsp = tls.version().isEmpty() ? Ocsp.NONE : Ocsp.UNKNOWN;
        this.cookies = cookies;
        this.script = script;
        this.requester = requester;
    }

    /** The body parsed as JSON, a JS value; a body that is no JSON throws a SyntaxError. */
    public Value json() {
        if (body == null) {
            throw script.error("cannot parse JSON: the response has no body"
                    + (error.isEmpty() ? "" : " (" + error + ")"));
        }
        return script.parseJson(text());
    }

    /** The body as text, whatever {@code responseType} made of it. */
    private String text() {
        if (body instanceof Value buffer && buffer.hasBufferElements()) {
            return new String(ScriptSupport.bytesOf(buffer), StandardCharsets.UTF_8);
        }
        return String.valueOf(body);
    }

    // html(), submitForm() and clickLink() are declared to return Object on purpose: a member
    // returning this class itself or Selection (which returns itself) would make the engine wrap
    // every Response in an adapter (io.jk6.api.js: self-referring types convert), and http.get's
    // result must pass to JS as it is (the hot path; bench/http-vs-wrk.sh measured it 5x slower).

    /** {@code res.html()}: the body parsed as HTML, as k6/html's {@code parseHTML(res.body)}: a Selection. */
    public Object html() {
        if (body == null) {
            throw script.error("cannot parse HTML: the response has no body" + (error.isEmpty() ? "" : " (" + error + ")"));
        }
        return parsed();
    }

    private Selection parsed() {
        return Selection.parse(text(), url, script.runtime());
    }

    /** {@code res.html(selector)}: the elements of the body that {@code selector} matches. */
    public Object html(String selector) {
        return selector == null || selector.isEmpty() ? html() : parsed().find(selector);
    }

    /** The part of the JSON body at {@code selector} ({@code "items.1"}, {@code "items.#"}), or null. */
    public Object json(String selector) {
        Value root = json();
        return selector == null || selector.isEmpty() ? root : JsonSelector.select(root, selector);
    }

    /** {@code res.submitForm({formSelector, fields, submitSelector, submitSelectorAttribute, params})}. */
    public Object submitForm(Value options) {
        return FormsAndLinks.submitForm(this, requester, script, options);
    }

    public Object submitForm() {
        return submitForm(null);
    }

    /** {@code res.clickLink({selector, params})}: a GET of the first matching link's href. */
    public Object clickLink(Value options) {
        return FormsAndLinks.clickLink(this, requester, script, options);
    }

    public Object clickLink() {
        return clickLink(null);
    }

    @Override
    public String toString() {
        return error.isEmpty() ? status_text + " " + url : "error " + error_code + " " + error + " " + url;
    }
}
