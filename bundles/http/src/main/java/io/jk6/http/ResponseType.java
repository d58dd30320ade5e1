package io.jk6.http;

/** k6's {@code params.responseType}: what {@code res.body} holds. */
enum ResponseType {
    /** a string (the default) */
    TEXT,
    /** an ArrayBuffer */
    BINARY,
    /** null; the body is still read, so the connection is reused and timings are whole */
    NONE;

    static ResponseType parse(String name) {
        return switch (name) {
            case "text" -> TEXT;
            case "binary" -> BINARY;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("invalid responseType \"" + name
                    + "\"; expected one of text, binary, none");
        };
    }
}
