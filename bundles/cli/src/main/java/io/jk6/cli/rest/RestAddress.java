package io.jk6.cli.rest;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The REST API's {@code --address}, in Go's {@code host:port} form as k6 takes it:
 * {@code 127.0.0.1:6565}, {@code localhost:6565}, {@code [::1]:6565}, or {@code :6565} for every
 * interface (as Go listens). Only what the user names is bound.
 */
final class RestAddress {

    private RestAddress() {
    }

    /**
     * @throws IllegalArgumentException when {@code address} is not {@code host:port} or the host
     *                                  does not resolve, with the reason
     */
    static InetSocketAddress parse(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("missing port in address (use host:port, e.g. 127.0.0.1:6565)");
        }
        String host = address.substring(0, colon);
        String portText = address.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("too many colons in address (write an IPv6 host in brackets: [::1]:6565)");
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port \"" + portText + "\"");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port + " (0 to 65535)");
        }
        if (host.isEmpty()) {
            return new InetSocketAddress(port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host \"" + host + "\"");
        }
    }
}
