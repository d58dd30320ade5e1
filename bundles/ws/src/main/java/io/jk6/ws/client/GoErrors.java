package io.jk6.ws.client;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * The JDK client's failures worded as k6 (Go's net and gorilla/websocket) words them, so scripts and
 * logs that match on them keep working.
 */
final class GoErrors {

    private static final Pattern STATUS_LINE = Pattern.compile("Invalid status line: \"(.*)\"");

    private GoErrors() {
    }

    static DialFailure dialFailure(Throwable thrown, URI uri) {
        Throwable error = unwrap(thrown);
        if (error instanceof WebSocketHandshakeException handshake) {
            HttpResponse<?> response = handshake.getResponse();
            return new DialFailure("websocket: bad handshake", response.statusCode(), headers(response),
                    response.body() instanceof String s ? s : "", error);
        }
        return DialFailure.of(message(error, uri), error);
    }

    /** The text of a failure while the socket was open (a broken connection). */
    static String message(Throwable thrown, URI uri) {
        Throwable error = unwrap(thrown);
        String dial = "dial tcp " + address(uri) + ": ";
        if (error instanceof HttpConnectTimeoutException || error instanceof HttpTimeoutException) {
            return dial + "i/o timeout";
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "dial tcp: lookup " + uri.getHost() + ": no such host";
            }
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return "tls: failed to verify certificate: x509: certificate signed by unknown authority";
            }
        }
        String text = String.valueOf(error.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (error instanceof ConnectException) {
            return dial + "connect: " + (lower.contains("refused") || error.getMessage() == null
                    ? "connection refused" : text);
        }
        if (error instanceof SSLException) {
            return "tls: " + text;
        }
        Matcher statusLine = STATUS_LINE.matcher(text);
        if (error instanceof ProtocolException && statusLine.find()) {
            return "malformed HTTP response \"" + statusLine.group(1) + "\"";
        }
        if (error instanceof EOFException || lower.contains("no bytes") || lower.contains("eof")) {
            return "unexpected EOF";
        }
        if (lower.contains("reset")) {
            return "read tcp " + address(uri) + ": connection reset by peer";
        }
        return text;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable unwrapped = error;
        while ((unwrapped instanceof CompletionException || unwrapped instanceof ExecutionException)
                && unwrapped.getCause() != null) {
            unwrapped = unwrapped.getCause();
        }
        return unwrapped;
    }

    /** Go shows the address it dialled: the resolved IP and the port. */
    private static String address(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "wss".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String host = uri.getHost();
        try {
            host = InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            // keep the name
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Go's canonical header names, values joined with ", " as k6 joins them. */
    static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!header.getKey().startsWith(":")) {
                headers.put(canonical(header.getKey()), String.join(", ", header.getValue()));
            }
        }
        return headers;
    }

    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }
}
