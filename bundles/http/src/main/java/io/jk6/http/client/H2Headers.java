package io.jk6.http.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/** Heads between HTTP/1.1's shape, which the client builds and k6 shows, and HTTP/2's (RFC 9113 section 8.3). */
final class H2Headers {

    /** Connection-specific headers HTTP/2 forbids (RFC 9113 section 8.2.2). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade", "host");

    private H2Headers() {
    }

    /**
     * The HTTP/2 head of {@code wire}, the request as built for HTTP/1.1: pseudo-headers first,
     * names in lower case, connection-specific headers left out.
     */
    static List<Header> request(ClassicHttpRequest wire, String scheme) {
        List<Header> head = new ArrayList<>(wire.getHeaders().length + 4);
        Header host = wire.getFirstHeader("Host");
        head.add(new BasicHeader(":method", wire.getMethod()));
        head.add(new BasicHeader(":scheme", scheme));
        head.add(new BasicHeader(":authority", host == null ? "" : host.getValue()));
        head.add(new BasicHeader(":path", wire.getRequestUri()));
        for (Header header : wire.getHeaders()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || (name.equals("te") && !header.getValue().equalsIgnoreCase("trailers"))) {
                continue;
            }
            head.add(new BasicHeader(name, header.getValue()));
        }
        return head;
    }

    /** The {@code :status} of a response head, 0 when it has none. */
    static int status(List<Header> decoded) throws H2Failure {
        for (Header header : decoded) {
            if (header.getName().equals(":status")) {
                try {
                    return Integer.parseInt(header.getValue());
                } catch (NumberFormatException e) {
                    throw H2Failure.protocol("malformed :status " + header.getValue());
                }
            }
        }
        return 0;
    }

    /** The head's fields without pseudo-headers. */
    static Header[] regular(List<Header> decoded) {
        List<Header> regular = new ArrayList<>(decoded.size());
        for (Header header : decoded) {
            if (!header.getName().startsWith(":")) {
                regular.add(header);
            }
        }
        return regular.toArray(Header[]::new);
    }
}
