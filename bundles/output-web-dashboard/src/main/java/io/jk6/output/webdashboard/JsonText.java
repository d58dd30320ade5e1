package io.jk6.output.webdashboard;

import io.jk6.support.JsonNumber;
import io.jk6.support.JsonString;

/**
 * The dashboard's JSON, written as it is built: the state is a few small objects per period, so a
 * StringBuilder with commas put in the right places is all it needs (no JSON library in the bundle).
 * NaN and infinities are written as {@code null}, which the charts draw as gaps. Strings are escaped
 * HTML-safe ({@code <} as {@code \u003c}), because the page and the report carry the state inside a
 * {@code <script>} element.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder(1024);
    // whether the object or array being written has a member already: a comma goes before the next
    private boolean needsComma;

    JsonText beginObject() {
        comma();
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonText endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonText beginArray() {
        comma();
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonText endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** A member's name; its value follows. */
    JsonText key(String name) {
        comma();
        out.append(JsonString.quoteHtmlSafe(name)).append(':');
        needsComma = false;
        return this;
    }

    JsonText value(double number) {
        comma();
        out.append(Double.isFinite(number) ? JsonNumber.format(number) : "null");
        needsComma = true;
        return this;
    }

    JsonText value(String text) {
        comma();
        out.append(text == null ? "null" : JsonString.quoteHtmlSafe(text));
        needsComma = true;
        return this;
    }

    JsonText value(boolean flag) {
        comma();
        out.append(flag);
        needsComma = true;
        return this;
    }

    JsonText member(String name, double number) {
        return key(name).value(number);
    }

    JsonText member(String name, String text) {
        return key(name).value(text);
    }

    JsonText member(String name, boolean flag) {
        return key(name).value(flag);
    }

    /** JSON written elsewhere (a point written once, sent many times), as a value. */
    JsonText raw(String json) {
        comma();
        out.append(json);
        needsComma = true;
        return this;
    }

    private void comma() {
        if (needsComma) {
            out.append(',');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
