package io.jk6.ws.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One connection to open.
 *
 * @param headers      the handshake's extra headers (User-Agent among them), by name
 * @param subprotocols offered in this order; may be empty
 * @param insecure     k6's {@code insecureSkipTLSVerify}: any server certificate is accepted
 */
public record ConnectRequest(URI uri, Map<String, String> headers, List<String> subprotocols, boolean insecure) {

    /** Sent when neither the script's options nor its params name a User-Agent (k6/http's). */
    public static final String USER_AGENT = "jk6/0.1.0 (https://jk6.io)";

    /**
     * The request a script's params and options make: User-Agent from the {@code userAgent} option unless the
     * params set one, a {@code Sec-WebSocket-Protocol} header read as the subprotocols to offer (k6/ws scripts
     * choose theirs so), {@code insecureSkipTLSVerify}.
     */
    public static ConnectRequest of(URI uri, ConnectParams params, List<String> subprotocols, Map<String, Object> options) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", options.get("userAgent") instanceof String agent ? agent : USER_AGENT);
        List<String> protocols = new ArrayList<>(subprotocols);
        for (Map.Entry<String, String> header : params.headers().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("sec-websocket-protocol")) {
                for (String protocol : header.getValue().split(",")) {
                    if (!protocol.isBlank()) {
                        protocols.add(protocol.trim());
                    }
                }
                continue;
            }
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(header.getKey()));
            headers.put(header.getKey(), header.getValue());
        }
        boolean insecure = Boolean.TRUE.equals(options.get("insecureSkipTLSVerify"));
        return new ConnectRequest(uri, headers, List.copyOf(protocols), insecure);
    }
}
