package io.jk6.data.csv;

import java.nio.ByteBuffer;

/**
 * k6's csv {@code Reader}: records of a file from its offset on, with the header, {@code skipFirstLine},
 * {@code fromLine} and {@code toLine} applied as k6 applies them (lines here are records, counted from 0,
 * the header and skipped ones included). What {@code parser.next()} and {@code csv.parse} read.
 */
final class CsvCursor {

    private final GoCsvReader csv;
    private final CsvOptions options;
    private final String[] header;
    private long currentLine;

    /** @throws IllegalArgumentException k6's "failed to ..." reasons: bad options, a header that cannot be read */
    CsvCursor(ByteBuffer bytes, CsvOptions options) {
        options.validate();
        this.csv = new GoCsvReader(bytes, options.delimiter());
        this.options = options;
        if (options.asObjects()) {
            header = csv.read();
            if (header == null) {
                throw new IllegalArgumentException("failed to read the first line; reason: EOF");
            }
            currentLine++;
        } else {
            header = null;
        }
        if (options.skipFirstLine() && (options.fromLine() == null || options.fromLine() == 0)) {
            if (csv.read() == null) {
                throw new IllegalArgumentException("failed to skip the first line; reason: EOF");
            }
            currentLine++;
        }
        if (options.fromLine() != null && options.fromLine() > 0) {
            while (currentLine < options.fromLine()) {
                if (csv.read() == null) {
                    throw new IllegalArgumentException("failed to skip lines until line " + options.fromLine() + "; reason: EOF");
                }
                currentLine++;
            }
        }
    }

    /** The column names of {@code asObjects}; null without it. */
    String[] header() {
        return header;
    }

    /**
     * The next record, or null after the last one (or after {@code toLine}).
     *
     * @throws GoCsvReader.CsvException for a line that does not parse or whose length differs from the header's
     */
    String[] next() {
        if (options.toLine() != null && options.toLine() > 0 && currentLine > options.toLine()) {
            return null;
        }
        String[] record = csv.read();
        if (record == null) {
            return null;
        }
        currentLine++;
        if (header != null && record.length != header.length) {
            throw new IllegalStateException("record length (" + record.length + ") doesn't match header length ("
                    + header.length + ")");
        }
        return record;
    }
}
