package io.jk6.data.csv;

import io.jk6.api.js.Exports;
import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;
import io.jk6.data.JsGlue;
import io.jk6.data.fs.OpenFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** k6/experimental/csv for one VU: csv.js's functions, made when the VU imports the module, and their Java side. */
public final class CsvInstance implements ModuleInstance {

    private static final Source SCRIPT = JsGlue.source(CsvInstance.class, "csv.js", "k6/experimental/csv.js");
    /** Keys of the run's shared objects: one parse per file and options, as k6 names its SharedArray. */
    private static final String KEY_PREFIX = "k6/experimental/csv.parse:";

    private final VU vu;
    private Exports exports;

    CsvInstance(VU vu) {
        this.vu = vu;
    }

    @Override
    public Exports exports() {
        if (exports == null) {
            Value module = JsGlue.evaluate(vu, SCRIPT, this);
            exports = Exports.of(module, Map.of("parse", module.getMember("parse"), "Parser", module.getMember("Parser")));
        }
        return exports;
    }

    /** csv.js's options: k6's reasons for refusing them, as a thrown JS Error. */
    public CsvOptions options(String delimiter, Boolean skipFirstLine, Double fromLine, Double toLine, Boolean asObjects,
            String context) {
        try {
            return CsvOptions.of(delimiter, skipFirstLine, fromLine, toLine, asObjects);
        } catch (IllegalArgumentException e) {
            throw JsGlue.error(vu, null, context + "; reason: " + e.getMessage());
        }
    }

    /**
     * {@code csv.parse}: the run's records of the file from its offset, parsed by the first VU that asks.
     * A line that does not parse is k6's {@code failed to read record; reason: record on line N: ...}.
     */
    public SharedRows parse(OpenFile file, CsvOptions options, Value toRow) {
        InitEnvironment init = vu.initEnv().orElse(null);
        String key = KEY_PREFIX + file.path() + "\u0000" + options;
        SharedRows.Parsed parsed = init == null ? parseAll(file, options) : init.shared(key, () -> parseAll(file, options));
        return new SharedRows(parsed, toRow);
    }

    private SharedRows.Parsed parseAll(OpenFile file, CsvOptions options) {
        CsvCursor cursor = cursor(file, options);
        List<String[]> records = new ArrayList<>();
        try {
            for (String[] record = cursor.next(); record != null; record = cursor.next()) {
                records.add(record);
            }
        } catch (RuntimeException e) {
            throw JsGlue.error(vu, "GoError", "failed to read record; reason: " + e.getMessage());
        }
        return new SharedRows.Parsed(cursor.header(), List.copyOf(records));
    }

    /** {@code new csv.Parser}: only in the init context, as in k6. */
    public Parser parser(OpenFile file, CsvOptions options) {
        if (vu.initEnv().isEmpty()) {
            throw JsGlue.error(vu, null, "csv Parser constructor must be called in the init context");
        }
        return new Parser(cursor(file, options));
    }

    private CsvCursor cursor(OpenFile file, CsvOptions options) {
        try {
            return new CsvCursor(file.rest(), options);
        } catch (RuntimeException e) {
            throw JsGlue.error(vu, null, "failed to create a new parser; reason: " + e.getMessage());
        }
    }

    /** One {@code csv.Parser}'s records, read on its VU's thread; a bad line is Go's error text. */
    public final class Parser {
        private final CsvCursor cursor;

        Parser(CsvCursor cursor) {
            this.cursor = cursor;
        }

        public String[] header() {
            return cursor.header();
        }

        /** The next record, or null after the last. */
        public String[] next() {
            try {
                return cursor.next();
            } catch (RuntimeException e) {
                throw JsGlue.error(vu, null, e.getMessage());
            }
        }
    }
}
