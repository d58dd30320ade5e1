package io.jk6.support;

/**
 * JSON string literals, quotes included. The text is also a valid JavaScript string literal, so
 * generated JS source uses it too: U+2028 and U+2029 are escaped (a raw one ends a JS literal
 * before ES2019), and so is a lone surrogate (UTF-8 cannot carry it; {@code JSON.stringify}
 * escapes it the same way).
 */
public final class JsonString {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonString() {
    }

    /** {@code "..."} with {@code "}, {@code \}, control characters, U+2028/U+2029 and lone surrogates escaped. */
    public static String quote(String s) {
        return quote(s, false);
    }

    /**
     * As {@link #quote}, and {@code <}, {@code >}, {@code &} as {@code \u003c}, {@code \u003e},
     * {@code \u0026}: Go's {@code json.Marshal} default (HTML-safe), which k6's JSON shows, e.g.
     * {@code "p(95)\u003c500"} in {@code k6 inspect}.
     */
    public static String quoteHtmlSafe(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean htmlSafe) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i)
                            || htmlSafe && (c == '<' || c == '>' || c == '&')) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }
}
