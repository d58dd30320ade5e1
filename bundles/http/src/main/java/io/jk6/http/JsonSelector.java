package io.jk6.http;

import org.graalvm.polyglot.Value;

/**
 * The part of gjson's path syntax that k6's {@code res.json(selector)} scripts use: dot
 * separated keys, array indexes ({@code items.1}) and {@code #} for an array's length
 * ({@code items.#}). A path that leads nowhere selects nothing (null).
 */
final class JsonSelector {

    private JsonSelector() {
    }

    static Object select(Value root, String selector) {
        Value current = root;
        for (String segment : selector.split("\\.", -1)) {
            if (current == null || current.isNull()) {
                return null;
            }
            if (current.hasArrayElements()) {
                if (segment.equals("#")) {
                    return current.getArraySize();
                }
                int index = index(segment);
                if (index < 0 || index >= current.getArraySize()) {
                    return null;
                }
                current = current.getArrayElement(index);
            } else if (current.hasMembers() && current.hasMember(segment)) {
                current = current.getMember(segment);
            } else {
                return null;
            }
        }
        return current;
    }

    private static int index(String segment) {
        try {
            return Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
