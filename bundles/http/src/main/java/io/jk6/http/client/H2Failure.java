package io.jk6.http.client;

import java.io.IOException;

/**
 * An HTTP/2 error the server signalled (RST_STREAM, GOAWAY) or a frame that broke the protocol,
 * with k6's error code for it: 1611+code for GOAWAY, 1631+code for a stream error, 1651+code
 * for a connection error, as k6's {@code error_codes.go} numbers them (codes past 13 use the
 * "unknown" base).
 */
final class H2Failure extends IOException {

    private static final String[] NAMES = {"NO_ERROR", "PROTOCOL_ERROR", "INTERNAL_ERROR", "FLOW_CONTROL_ERROR",
        "SETTINGS_TIMEOUT", "STREAM_CLOSED", "FRAME_SIZE_ERROR", "REFUSED_STREAM", "CANCEL", "COMPRESSION_ERROR",
        "CONNECT_ERROR", "ENHANCE_YOUR_CALM", "INADEQUATE_SECURITY", "HTTP_1_1_REQUIRED"};

    private static final int REFUSED_STREAM = 7;

    private final int k6Code;
    private final boolean unprocessed;

    private H2Failure(int k6Code, String message, boolean unprocessed) {
        super(message);
        this.k6Code = k6Code;
        this.unprocessed = unprocessed;
    }

    /** The server reset our stream; worded as Go's {@code http2.StreamError}. */
    static H2Failure streamReset(int streamId, int h2Code) {
        return new H2Failure(coded(1630, h2Code),
                "stream error: stream ID " + streamId + "; " + name(h2Code) + "; received from peer",
                h2Code == REFUSED_STREAM);
    }

    /** The server went away without processing our stream. */
    static H2Failure goAway(int lastStreamId, int h2Code) {
        return new H2Failure(coded(1610, h2Code), "http2: server sent GOAWAY and closed the connection; LastStreamID="
                + lastStreamId + ", ErrCode=" + name(h2Code), true);
    }

    /** The connection stopped taking streams between finding it and using it: safe to send elsewhere. */
    static H2Failure notUsable() {
        return new H2Failure(coded(1650, 0), "http2: client conn not usable", true);
    }

    /** The server broke the protocol (RFC 9113 section 5.4.1). */
    static H2Failure protocol(String what) {
        return new H2Failure(coded(1650, 1), "http2: " + what, false);
    }

    int k6Code() {
        return k6Code;
    }

    /** Whether the server is known not to have processed the request, so it may be sent again. */
    boolean unprocessed() {
        return unprocessed;
    }

    private static int coded(int unknownBase, int h2Code) {
        return h2Code >= 0 && h2Code < NAMES.length ? unknownBase + 1 + h2Code : unknownBase;
    }

    private static String name(int h2Code) {
        return h2Code >= 0 && h2Code < NAMES.length ? NAMES[h2Code] : "unknown error code 0x" + Integer.toHexString(h2Code);
    }
}
