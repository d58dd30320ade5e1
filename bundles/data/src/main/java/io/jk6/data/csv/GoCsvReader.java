package io.jk6.data.csv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of CSV text read by the rules of Go's {@code encoding/csv} with its defaults, which k6's csv
 * module uses: RFC 4180 quoting, {@code \r\n} read as {@code \n}, empty lines skipped, every record with as
 * many fields as the first, no lazy quotes. Its errors carry Go's texts and line numbers
 * ({@code record on line 3: wrong number of fields}), which is what a k6 user sees for a bad line; a
 * library's (Jackson's, Commons') would say it differently. Not thread-safe.
 */
final class GoCsvReader {

    static final String ERR_FIELD_COUNT = "wrong number of fields";
    static final String ERR_BARE_QUOTE = "bare \" in non-quoted-field";
    static final String ERR_QUOTE = "extraneous or missing \" in quoted-field";

    private final String text;
    private final char comma;
    private int pos;
    /** The line {@link #pos} is on, from 1. */
    private int line = 1;
    private int fieldsPerRecord = -1;

    GoCsvReader(ByteBuffer bytes, char comma) {
        this.text = StandardCharsets.UTF_8.decode(bytes).toString();
        this.comma = comma;
    }

    /** The next record's fields; null at the end of the text. */
    String[] read() {
        skipEmptyLines();
        if (pos >= text.length()) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int lineStart = lineStart();
        while (true) {
            field.setLength(0);
            if (pos < text.length() && text.charAt(pos) == '"') {
                readQuoted(field, recordLine);
            } else {
                while (pos < text.length() && text.charAt(pos) != comma && !atLineEnd()) {
                    if (text.charAt(pos) == '"') {
                        throw new CsvException(recordLine, line, column(lineStart), ERR_BARE_QUOTE);
                    }
                    field.append(text.charAt(pos++));
                }
            }
            fields.add(field.toString());
            if (pos < text.length() && text.charAt(pos) == comma) {
                pos++;
                lineStart = lineStart();
                continue;
            }
            endLine();
            break;
        }
        if (fieldsPerRecord < 0) {
            fieldsPerRecord = fields.size();
        } else if (fields.size() != fieldsPerRecord) {
            throw new CsvException(recordLine, recordLine, 1, ERR_FIELD_COUNT);
        }
        return fields.toArray(String[]::new);
    }

    /** A quoted field from its opening quote: {@code ""} is one quote, line breaks are part of it. */
    private void readQuoted(StringBuilder field, int recordLine) {
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new CsvException(recordLine, line, column(lineStart()) + 1, ERR_QUOTE);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                if (pos < text.length() && text.charAt(pos) != comma && !atLineEnd()) {
                    // Go points at the closing quote
                    throw new CsvException(recordLine, line, column(lineStart()) - 1, ERR_QUOTE);
                }
                return;
            }
            if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
            pos++;
        }
    }

    private boolean atLineEnd() {
        char c = text.charAt(pos);
        return c == '\n' || (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n');
    }

    private void endLine() {
        if (pos < text.length()) {
            pos += text.charAt(pos) == '\r' ? 2 : 1;
            line++;
        }
    }

    private void skipEmptyLines() {
        while (pos < text.length() && atLineEnd()) {
            endLine();
        }
    }

    private int lineStart() {
        return text.lastIndexOf('\n', pos - 1) + 1;
    }

    /** Go's column: 1-based, in bytes of the line up to {@link #pos}. */
    private int column(int lineStart) {
        return text.substring(lineStart, pos).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** A line that does not parse, with Go's {@code ParseError} text. */
    static final class CsvException extends RuntimeException {
        CsvException(int startLine, int line, int column, String error) {
            super(message(startLine, line, column, error));
        }

        private static String message(int startLine, int line, int column, String error) {
            if (error.equals(ERR_FIELD_COUNT)) {
                return "record on line " + line + ": " + error;
            }
            if (startLine != line) {
                return "record on line " + startLine + "; parse error on line " + line + ", column " + column + ": " + error;
            }
            return "parse error on line " + line + ", column " + column + ": " + error;
        }
    }
}
