package io.jk6.ws.client;

/** Sizes of RFC 6455 frames on the wire, for data_sent and data_received. */
final class Frames {

    private Frames() {
    }

    /** A whole frame carrying {@code payload} bytes; a client's frames carry a 4-byte mask too. */
    static long size(long payload, boolean fromClient) {
        long length = payload < 126 ? 0 : payload <= 0xFFFF ? 2 : 8;
        return 2 + length + (fromClient ? 4 : 0) + payload;
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
