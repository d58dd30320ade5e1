package io.jk6.data.csv;

import java.util.List;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code csv.parse} resolves to in one VU, as k6's SharedArray: {@code length}, {@code rows[i]},
 * {@code for...of}, over the run's one list of records; each read makes a fresh frozen JS row (an array
 * of strings, or an object by the header with {@code asObjects}), so no VU can change what another reads.
 *
 * @param toRow the VU's csv.js function making a JS row from {@code (header, record)}
 */
record SharedRows(Parsed parsed, Value toRow) implements ProxyArray {

    /** The records of one (file, options), parsed once per run and shared by every VU. */
    record Parsed(String[] header, List<String[]> records) {
    }

    @Override
    public Object get(long index) {
        if (index < 0 || index >= parsed.records().size()) {
            // GraalJS reads this as undefined, as JS arrays and k6's SharedArray give past their end
            throw new ArrayIndexOutOfBoundsException((int) Math.min(index, Integer.MAX_VALUE));
        }
        return toRow.execute(parsed.header(), parsed.records().get((int) index));
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("SharedArray is read-only");
    }

    @Override
    public boolean remove(long index) {
        throw new UnsupportedOperationException("SharedArray is read-only");
    }

    @Override
    public long getSize() {
        return parsed.records().size();
    }
}
