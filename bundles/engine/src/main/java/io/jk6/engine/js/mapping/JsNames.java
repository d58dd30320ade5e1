package io.jk6.engine.js.mapping;

/** The names Java members get in JS, as k6's Go bridge names Go members (see io.jk6.api.js). */
final class JsNames {

    private JsNames() {
    }

    /**
     * {@code someField} -> {@code some_field}, {@code HTTPCode} -> {@code http_code},
     * {@code userID} -> {@code user_id}; snake_case stays. An upper-case run is one word, its
     * last letter starting the next word when a lower-case letter follows (as Go's snaker does).
     */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || Character.isDigit(name.charAt(i - 1)));
                boolean endsUpperRun = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if ((afterLowerOrDigit || endsUpperRun) && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for {@code XComparator}: an X then an upper-case letter marks a constructor. */
    static boolean isConstructor(String methodName) {
        return methodName.length() > 1 && methodName.charAt(0) == 'X' && Character.isUpperCase(methodName.charAt(1));
    }

    /** {@code XComparator} -> {@code Comparator}. */
    static String constructorName(String methodName) {
        return methodName.substring(1);
    }
}
