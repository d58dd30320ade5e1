package io.jk6.ws.client;

/** Close codes (RFC 6455, 7.4) and how gorilla/websocket words a close as an error, which k6 shows. */
public final class CloseCodes {

    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int ABNORMAL = 1006;

    private CloseCodes() {
    }

    /** A close the script did not expect: any code but 1000 and 1001 (k6 reports those as errors). */
    public static boolean unexpected(int code) {
        return code != NORMAL && code != GOING_AWAY;
    }

    /** {@code websocket: close 1011 (internal server error): reason}. */
    public static String error(int code, String reason) {
        String name = switch (code) {
            case 1000 -> " (normal)";
            case 1001 -> " (going away)";
            case 1002 -> " (protocol error)";
            case 1003 -> " (unsupported data)";
            case 1005 -> " (no status)";
            case 1006 -> " (abnormal closure)";
            case 1007 -> " (invalid payload data)";
            case 1008 -> " (policy violation)";
            case 1009 -> " (message too big)";
            case 1010 -> " (mandatory extension missing)";
            case 1011 -> " (internal server error)";
            case 1015 -> " (TLS handshake error)";
            default -> "";
        };
        return "websocket: close " + code + name + (reason == null || reason.isEmpty() ? "" : ": " + reason);
    }
}
