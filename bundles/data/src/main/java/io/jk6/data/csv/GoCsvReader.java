package io.jk6.data.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of CSV text read by the rules of Go's {@code encoding/csv} with its defaults, which k6's csv
 * module uses: RFC 4180 quoting, {@code \r\n} read as {@code \n}, empty lines skipped, every record with as
 * many fields as the first, no lazy quotes. Its errors carry Go's texts and line numbers
 * ({@code record on line 3: wrong number of fields}), which is what a k6 user sees for a bad line; a
 * library's (Jackson's, Commons') would say it differently. It reads as it goes, decoding the shared bytes
 * of the file a little at a time: each VU's {@code csv.Parser} has one, and a copy of a big file each
 * would not do. Not thread-safe.
 */
final class GoCsvReader {

    static final String ERR_FIELD_COUNT = "wrong number of fields";
    static final String ERR_BARE_QUOTE = "bare \" in non-quoted-field";
    static final String ERR_QUOTE = "extraneous or missing \" in quoted-field";
    private static final int EOF = -1;

    private final PushbackReader in;
    private final char comma;
    /** The line being read, from 1, and the UTF-8 bytes of it read so far (Go's columns count bytes). */
    private int line = 1;
    private int lineBytes;
    private int fieldsPerRecord = -1;

    GoCsvReader(ByteBuffer bytes, char comma) {
        InputStream stream = new InputStream() {
            @Override
            public int read() {
                return bytes.hasRemaining() ? bytes.get() & 0xFF : EOF;
            }

            @Override
            public int read(byte[] into, int off, int len) {
                if (!bytes.hasRemaining()) {
                    return EOF;
                }
                int n = Math.min(len, bytes.remaining());
                bytes.get(into, off, n);
                return n;
            }
        };
        this.in = new PushbackReader(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), 2);
        this.comma = comma;
    }

    /** The next record's fields; null at the end of the text. */
    String[] read() {
        skipEmptyLines();
        if (peek() == EOF) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            if (peek() == '"') {
                next();
                readQuoted(field, recordLine);
            } else {
                for (int c = peek(); c != EOF && c != comma && !atLineEnd(); c = peek()) {
                    if (c == '"') {
                        throw new CsvException(recordLine, line, lineBytes + 1, ERR_BARE_QUOTE);
                    }
                    field.append((char) next());
                }
            }
            fields.add(field.toString());
            if (peek() == comma) {
                next();
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

    /** A quoted field after its opening quote: {@code ""} is one quote, line breaks are part of it. */
    private void readQuoted(StringBuilder field, int recordLine) {
        while (true) {
            int c = next();
            if (c == EOF) {
                throw new CsvException(recordLine, line, lineBytes + 1, ERR_QUOTE);
            }
            if (c == '"') {
                if (peek() == '"') {
                    next();
                    field.append('"');
                    continue;
                }
                if (peek() != EOF && peek() != comma && !atLineEnd()) {
                    throw new CsvException(recordLine, line, lineBytes, ERR_QUOTE); // Go points at the closing quote
                }
                return;
            }
            if (c == '\r' && peek() == '\n') {
                continue; // \r\n in a quoted field is \n, as in Go
            }
            field.append((char) c);
        }
    }

    private boolean atLineEnd() {
        int c = peek();
        if (c == '\n') {
            return true;
        }
        if (c != '\r') {
            return false;
        }
        next();
        // \r\n, or a \r at the very end, which Go drops "for backwards compatibility"
        boolean crlf = peek() == '\n' || peek() == EOF;
        unread('\r');
        return crlf;
    }

    private void endLine() {
        if (peek() == '\r') {
            next();
        }
        if (peek() == '\n') {
            next();
        }
    }

    private void skipEmptyLines() {
        while (peek() != EOF && atLineEnd()) {
            endLine();
        }
    }

    private int peek() {
        int c = read0();
        if (c != EOF) {
            unread0(c);
        }
        return c;
    }

    /** Reads one char, counting lines and the line's bytes. */
    private int next() {
        int c = read0();
        if (c == '\n') {
            line++;
            lineBytes = 0;
        } else if (c != EOF) {
            lineBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate((char) c) ? 2 : 3;
        }
        return c;
    }

    /** Gives back a char {@link #next()} read on this line (never a line break). */
    private void unread(int c) {
        lineBytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate((char) c) ? 2 : 3;
        unread0(c);
    }

    private int read0() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread0(int c) {
        try {
            in.unread(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
