package io.jk6.http.client;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the client sends it.
 *
 * @param method  upper-case method
 * @param uri     absolute http or https URI
 * @param headers header values by name, in sending order (Host and Content-Length are added)
 * @param body    the body, or null for none
 */
public record OutgoingRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body) {

    /** Whether repeating the request is harmless (RFC 9110 9.2.2), so a stale connection may retry it. */
    public boolean isIdempotent() {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE" -> true;
            default -> false;
        };
    }
}
