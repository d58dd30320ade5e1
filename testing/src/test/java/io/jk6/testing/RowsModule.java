package io.jk6.testing;

import io.jk6.api.js.JsModule;
import java.util.Map;

/**
 * A module shaped like a database extension's: results as a record and a map, failures as
 * exceptions. The mapping gives them their JS names and turns the exceptions into JS errors.
 */
public final class RowsModule implements JsModule {

    /** Import name under which the tests serve it. */
    static final String NAME = "k6/x/rows";

    public Result exec(String statement) {
        return new Result(2, 41);
    }

    /** A map is a plain JS object (JSON.stringify, Object.keys): its keys stay as they are. */
    public Map<String, Object> stats() {
        return Map.of("rowsAffected", 2);
    }

    public void fail(String why) {
        throw new IllegalStateException(why);
    }

    /** In JS: {@code rows_affected}, {@code last_insert_id} (a run of capitals is one word). */
    public record Result(long rowsAffected, long lastInsertID) {
    }
}
