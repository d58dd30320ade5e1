package io.jk6.engine.summary;

import java.util.Comparator;

/**
 * The order k6 lists metrics in: by parent name, then sub-metric suffix, each compared like
 * JavaScript's {@code localeCompare} under the root collation (case-insensitive first,
 * punctuation before digits before letters, so {@code http_req_failed} precedes
 * {@code http_reqs}).
 */
final class MetricNameOrder implements Comparator<String> {

    static final MetricNameOrder INSTANCE = new MetricNameOrder();

    // Root collation order of common ASCII punctuation and symbols.
    private static final String PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

    private MetricNameOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String pa = parent(a);
        String pb = parent(b);
        int c = collate(pa, pb);
        return c != 0 ? c : collate(a.substring(pa.length()), b.substring(pb.length()));
    }

    private static String parent(String name) {
        int brace = name.indexOf('{');
        return brace < 0 ? name : name.substring(0, brace);
    }

    static int collate(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        // Tertiary difference: lower case sorts before upper case.
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Character.isLowerCase(x) ? -1 : 1;
            }
        }
        return 0;
    }

    private static int primary(char ch) {
        int p = PUNCTUATION.indexOf(ch);
        if (p >= 0) {
            return p;
        }
        if (Character.isDigit(ch)) {
            return 1000 + (ch - '0');
        }
        if (Character.isLetter(ch)) {
            return 2000 + Character.toLowerCase(ch);
        }
        return 500 + ch;
    }
}
