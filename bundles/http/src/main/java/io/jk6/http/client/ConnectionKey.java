package io.jk6.http.client;

import java.net.URI;
import java.util.Locale;

/**
 * What makes connections interchangeable: a VU keeps at most one idle keep-alive connection
 * per scheme, host and port.
 */
public record ConnectionKey(String scheme, String host, int port) {

    /** The key of {@code uri}; throws {@link IllegalArgumentException} for what cannot be dialed. */
    public static ConnectionKey of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("unsupported protocol scheme \"" + scheme + "\"");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("no Host in request URL");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new ConnectionKey(scheme, host, port);
    }

    boolean isTls() {
        return scheme.equals("https");
    }

    /** {@code host:port} as Go prints dial targets, for k6-like error messages. */
    String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
