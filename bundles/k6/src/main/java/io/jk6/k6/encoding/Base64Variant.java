package io.jk6.k6.encoding;

import io.jk6.k6.common.ScriptError;
import java.util.Base64;

/**
 * The base64 alphabets and padding rules k6 names {@code std}, {@code rawstd}, {@code url} and
 * {@code rawurl}, as Go's {@code encoding/base64} encodings.
 */
enum Base64Variant {
    STD(false, true),
    RAWSTD(false, false),
    URL(true, true),
    RAWURL(true, false);

    private final boolean urlAlphabet;
    private final boolean padded;

    Base64Variant(boolean urlAlphabet, boolean padded) {
        this.urlAlphabet = urlAlphabet;
        this.padded = padded;
    }

    /** The variant k6 picks for {@code name}: an unknown or missing name means {@code std}, as in k6. */
    static Base64Variant named(String name) {
        return switch (name == null ? "" : name) {
            case "rawstd" -> RAWSTD;
            case "url" -> URL;
            case "rawurl" -> RAWURL;
            default -> STD;
        };
    }

    String encode(byte[] data) {
        Base64.Encoder encoder = urlAlphabet ? Base64.getUrlEncoder() : Base64.getEncoder();
        return (padded ? encoder : encoder.withoutPadding()).encodeToString(data);
    }

    /**
     * Decodes as strictly as Go does: Java's decoder accepts missing padding and, in the raw
     * variants, padding that is present, so both are checked here first.
     *
     * @throws ScriptError on bad input, with Go's message
     */
    byte[] decode(String text) {
        int padding = text.indexOf('=');
        if (padded && text.length() % 4 != 0) {
            throw illegalAt(text.length() - text.length() % 4);
        }
        if (!padded && padding >= 0) {
            throw illegalAt(padding);
        }
        try {
            return (urlAlphabet ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            throw illegalAt(firstIllegal(text));
        }
    }

    /** Where Go would report the error: the first byte outside the alphabet, else the end. */
    private int firstIllegal(String text) {
        String alphabet = urlAlphabet
                ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (alphabet.indexOf(c) < 0 && !(padded && c == '=')) {
                return i;
            }
        }
        return Math.max(0, text.length() - 1);
    }

    private static ScriptError illegalAt(int index) {
        return new ScriptError("illegal base64 data at input byte " + index);
    }
}
