package io.jk6.http.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.Header;

/** Response headers the way k6 shows them: Go-canonical names, repeated values joined. */
public final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /** Headers by canonical name in arrival order; a repeated header's values joined with ", ". */
    static Map<String, String> canonical(Header[] headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Header header : headers) {
            byName.merge(canonicalName(header.getName()), header.getValue(), (a, b) -> a + ", " + b);
        }
        return byName;
    }

    /**
     * Go's {@code textproto.CanonicalMIMEHeaderKey}: upper-case the first letter and each
     * letter after a hyphen, lower-case the rest; names with other than token characters are
     * left alone.
     */
    public static String canonicalName(String name) {
        boolean canonical = true;
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!token) {
                return name;
            }
            canonical &= upper ? !(c >= 'a' && c <= 'z') : !(c >= 'A' && c <= 'Z');
            upper = c == '-';
        }
        if (canonical) {
            return name; // most servers already send canonical names: no copy on the hot path
        }
        StringBuilder out = new StringBuilder(name.length());
        upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }
}
