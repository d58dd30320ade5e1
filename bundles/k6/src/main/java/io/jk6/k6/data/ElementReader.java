package io.jk6.k6.data;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * JSON in and out of one VU's runtime: a SharedArray element is stored as JSON text and read
 * back as a deeply frozen copy, so a script cannot change what other reads (or other VUs) see,
 * as in k6.
 */
final class ElementReader {

    private static final Source FUNCTIONS = Source.create("js", """
            (function () {
              const freeze = (o) => {
                if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
                  Object.freeze(o);
                  for (const key of Object.keys(o)) freeze(o[key]);
                }
                return o;
              };
              return [(text) => freeze(JSON.parse(text)), (value) => JSON.stringify(value)];
            })()
            """);

    private final Value parse;
    private final Value stringify;

    ElementReader(Context runtime) {
        Value functions = runtime.eval(FUNCTIONS);
        this.parse = functions.getArrayElement(0);
        this.stringify = functions.getArrayElement(1);
    }

    Value parse(String json) {
        return parse.execute(json);
    }

    /** {@code undefined} and functions have no JSON; they read back as {@code null}. */
    String stringify(Value element) {
        Value json = stringify.execute(element);
        return json.isString() ? json.asString() : "null";
    }
}
