package io.jk6.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A request read from the script's values on the VU's thread, ready to be sent from any
 * thread: plain Java, no JS value in it.
 *
 * @param method       upper-case method
 * @param url          the URL as the script gave it
 * @param uri          the parsed URL; null when {@code invalid}
 * @param invalid      why the URL cannot be requested (no request is made), or null
 * @param nameTag      the {@code name} tag of an {@code http.url} template, or null
 * @param headers      the headers to send, Content-Type and Content-Encoding included
 * @param body         the body, compressed if asked
 * @param params       the request's params
 * @param redirects    how many redirects to follow: the request's {@code redirects}, else the
 *                     test's {@code maxRedirects}, else 10
 * @param redirectsSet whether the request or the test set that limit (k6 warns when it stops
 *                     at a limit nobody set)
 * @param jar          the cookie jar to use, or null for none
 * @param callback     the response callback, or null for none
 * @param responseType what {@code res.body} will hold
 * @param rate         the test's {@code rps} limiter, or null for none
 * @param debug        {@code httpDebug}'s logging, or null when it is off
 */
record PreparedRequest(String method, String url, URI uri, String invalid, String nameTag,
        Map<String, List<String>> headers, RequestBody body, RequestParams params, int redirects,
        boolean redirectsSet, CookieJar jar,
        ExpectedStatuses callback, ResponseType responseType, boolean reuseConnection, RequestRate rate,
        HttpDebug debug) {
}
