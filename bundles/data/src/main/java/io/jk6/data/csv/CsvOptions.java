package io.jk6.data.csv;

/**
 * The options of {@code csv.parse} and {@code new csv.Parser}, checked as k6 checks them, with its texts.
 * {@code fromLine}/{@code toLine} are null when not given (k6's {@code null.Int}).
 *
 * (Its text is what tells two parses of the same file apart: the run parses each file and options once.)
 */
public record CsvOptions(char delimiter, boolean skipFirstLine, Long fromLine, Long toLine, boolean asObjects) {

    /**
     * Options from the script's values (each null when absent), or an {@link IllegalArgumentException}
     * with k6's reason.
     */
    static CsvOptions of(String delimiter, Boolean skipFirstLine, Double fromLine, Double toLine, Boolean asObjects) {
        if (delimiter != null && delimiter.length() > 1) {
            throw new IllegalArgumentException("delimiter must be a single character");
        }
        Long from = fromLine == null ? null : (long) fromLine.doubleValue();
        Long to = toLine == null ? null : (long) toLine.doubleValue();
        if (from != null && to != null && from >= to) {
            throw new IllegalArgumentException("fromLine must be less than or equal to toLine");
        }
        return new CsvOptions(delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0),
                skipFirstLine != null && skipFirstLine, from, to, asObjects != null && asObjects);
    }

    /** What k6's reader refuses before it reads anything (its {@code validateOptions}). */
    void validate() {
        if (asObjects && skipFirstLine) {
            throw new IllegalArgumentException("the 'header' option cannot be enabled when 'skipFirstLine' is true");
        }
        if (asObjects && fromLine != null && fromLine > 0) {
            throw new IllegalArgumentException(
                    "the 'header' option cannot be enabled when 'fromLine' is set to a value greater than 0");
        }
        if (fromLine != null && fromLine < 0) {
            throw new IllegalArgumentException(
                    "the 'fromLine' option must be greater than or equal to 0; got " + fromLine);
        }
        if (toLine != null && toLine < 0) {
            throw new IllegalArgumentException("the 'toLine' option must be greater than or equal to 0; got " + toLine);
        }
        if (fromLine != null && toLine != null && fromLine >= toLine) {
            throw new IllegalArgumentException("the 'fromLine' option must be less than the 'toLine' option; got 'fromLine': "
                    + fromLine + ", 'toLine': " + toLine);
        }
    }
}
