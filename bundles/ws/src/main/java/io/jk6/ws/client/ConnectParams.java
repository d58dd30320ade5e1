package io.jk6.ws.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The params both modules take: {@code headers}, {@code tags}, {@code compression} (refused or ignored, see
 * below) and {@code jar} (accepted, not used: jk6's cookie jars belong to k6/http).
 *
 * @param compression whether {@code compression: 'deflate'} was asked for; jk6 sends uncompressed frames
 */
public record ConnectParams(Map<String, String> headers, Map<String, String> tags, boolean compression) {

    /**
     * k6/ws's reading: unknown keys are ignored, an empty compression is none.
     *
     * @throws IllegalArgumentException with k6's text
     */
    public static ConnectParams ofWs(Value params) {
        return parse(params, false, "invalid ws.connect() metric tags: ");
    }

    /** k6/websockets' reading: an unknown key is an error. */
    public static ConnectParams ofWebSockets(Value params) {
        return parse(params, true, "invalid WebSocket tags option: ");
    }

    private static ConnectParams parse(Value params, boolean strict, String tagsError) {
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> tags = new LinkedHashMap<>();
        boolean compression = false;
        if (params == null || params.isNull() || !params.hasMembers()) {
            return new ConnectParams(headers, tags, false);
        }
        for (String key : params.getMemberKeys()) {
            Value value = params.getMember(key);
            switch (key) {
                case "headers" -> strings(value, headers, null);
                case "tags" -> strings(value, tags, tagsError);
                case "jar" -> { }
                case "compression" -> {
                    String algorithm = value == null || value.isNull() ? "" : text(value).trim();
                    if (algorithm.isEmpty() && !strict) {
                        continue;
                    }
                    if (!algorithm.equals("deflate")) {
                        throw new IllegalArgumentException("unsupported compression algorithm '" + algorithm
                                + "', supported algorithm is 'deflate'");
                    }
                    compression = true;
                }
                default -> {
                    if (strict) {
                        throw new IllegalArgumentException("unknown WebSocket's option " + key);
                    }
                }
            }
        }
        return new ConnectParams(headers, tags, compression);
    }

    private static void strings(Value object, Map<String, String> into, String error) {
        if (object == null || object.isNull() || !object.hasMembers()) {
            return;
        }
        for (String name : object.getMemberKeys()) {
            Value value = object.getMember(name);
            if (error != null && (value.hasMembers() && !value.isString() || value.isNull())) {
                throw new IllegalArgumentException(error + "invalid value for metric tag '" + name
                        + "': only String, Boolean and Number types are accepted as a metric tag value");
            }
            into.put(name, text(value));
        }
    }

    /** JS's String(value): numbers as JS prints them. */
    private static String text(Value value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
