package io.jk6.ext.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * xk6-sql's placeholders to JDBC's. Scripts write {@code $1}, {@code $2}... as Go's PostgreSQL
 * and SQLite drivers take them, in any order and repeated; JDBC binds {@code ?} by position. Each
 * {@code $N} outside quotes, quoted names, comments and PostgreSQL's dollar-quoted bodies becomes
 * {@code ?} bound to argument N. A query without {@code $N} keeps its {@code ?}s and arguments.
 */
final class Placeholders {

    /** The JDBC text and the arguments in the order of its {@code ?}s. */
    record Bound(String sql, Object[] args) {
    }

    private Placeholders() {
    }

    static Bound bind(String query, Object[] args) {
        StringBuilder sql = new StringBuilder(query.length());
        List<Object> bound = new ArrayList<>();
        boolean numbered = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = closing(query, i + 1, String.valueOf(c));
            } else if (c == '-' && i + 1 < n && query.charAt(i + 1) == '-') {
                end = closing(query, i + 2, "\n");
            } else if (c == '/' && i + 1 < n && query.charAt(i + 1) == '*') {
                end = closing(query, i + 2, "*/");
            } else if (c == '$' && i + 1 < n && Character.isDigit(query.charAt(i + 1)) && !identifierBefore(query, i)) {
                int digits = i + 1;
                while (digits < n && Character.isDigit(query.charAt(digits))) {
                    digits++;
                }
                int index = Integer.parseInt(query.substring(i + 1, digits));
                if (index < 1 || index > args.length) {
                    throw new IllegalArgumentException("the query uses $" + index + " but has " + args.length
                            + " argument" + (args.length == 1 ? "" : "s"));
                }
                sql.append('?');
                bound.add(args[index - 1]);
                numbered = true;
                i = digits;
                continue;
            } else if (c == '$' && dollarTag(query, i) != null) {
                String tag = dollarTag(query, i);
                end = closing(query, i + tag.length(), tag);
            } else {
                sql.append(c);
                i++;
                continue;
            }
            sql.append(query, i, end);
            i = end;
        }
        return numbered ? new Bound(sql.toString(), bound.toArray()) : new Bound(query, args);
    }

    /** The index just after {@code close} searched from {@code from}, or the end of the text. */
    private static int closing(String query, int from, String close) {
        int at = query.indexOf(close, from);
        return at < 0 ? query.length() : at + close.length();
    }

    /** {@code $tag$} (tag letters, digits or _, maybe empty) opening a PostgreSQL dollar-quoted string at {@code i}. */
    private static String dollarTag(String query, int i) {
        int j = i + 1;
        while (j < query.length() && (Character.isLetterOrDigit(query.charAt(j)) || query.charAt(j) == '_')) {
            j++;
        }
        return j < query.length() && query.charAt(j) == '$' && !identifierBefore(query, i) ? query.substring(i, j + 1) : null;
    }

    /** True when {@code $} at {@code i} continues a name ({@code a$1} is PostgreSQL's identifier, no placeholder). */
    private static boolean identifierBefore(String query, int i) {
        return i > 0 && (Character.isLetterOrDigit(query.charAt(i - 1)) || query.charAt(i - 1) == '_');
    }
}
