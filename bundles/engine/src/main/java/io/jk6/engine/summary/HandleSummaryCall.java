package io.jk6.engine.summary;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Calls a script's {@code handleSummary(data)} as k6 does: {@code data} is k6's summary object
 * with {@code setup_data}; a returned Promise is awaited; the result maps output names
 * ({@code stdout}, {@code stderr} or a file path) to strings or ArrayBuffers (typed arrays too).
 */
public final class HandleSummaryCall {

    // Runs the callback, settles a Promise (GraalJS runs pending jobs when the call returns) and
    // turns every value into a string or a Uint8Array, or names the key whose value is neither.
    private static final String WRAPPER = """
            (function (fn, json, setupJson) {
              const data = JSON.parse(json);
              data.setup_data = setupJson === null ? undefined : JSON.parse(setupJson);
              const out = { settled: false };
              const settle = (v) => { out.settled = true; out.value = v; };
              const fail = (e) => { out.settled = true; out.error = e; };
              const r = fn(data);
              if (r !== null && typeof r === 'object' && typeof r.then === 'function') {
                r.then(settle, fail);
              } else {
                settle(r);
              }
              out.convert = function () {
                if (out.error !== undefined) throw out.error;
                const v = out.value;
                if (!v) return null;
                if (typeof v !== 'object') throw new TypeError('handleSummary() should return a map with string keys');
                const result = {};
                for (const key of Object.keys(v)) {
                  const x = v[key];
                  if (typeof x === 'string') result[key] = x;
                  else if (x instanceof ArrayBuffer) result[key] = new Uint8Array(x);
                  else if (ArrayBuffer.isView(x)) result[key] = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
                  else throw new TypeError('error handling summary object ' + key + ': invalid type '
                      + (x === null ? 'null' : typeof x) + ', it needs to be a string or an ArrayBuffer');
                }
                return result;
              };
              return out;
            })
            """;

    private HandleSummaryCall() {
    }

    /**
     * Calls {@code fn(data)} in the context.
     *
     * @return bytes per output name; null when the callback returned nothing (k6 then prints the
     *         default summary)
     * @throws org.graalvm.polyglot.PolyglotException when the callback throws, rejects or returns
     *         something that is not an object of strings and ArrayBuffers
     */
    public static Map<String, byte[]> call(Context context, Value fn, String dataJson, String setupJson) {
        Value wrapper = context.eval(Source.create("js", WRAPPER));
        Value out = wrapper.execute(fn, dataJson, setupJson);
        if (!out.getMember("settled").asBoolean()) {
            throw new IllegalArgumentException("handleSummary() returned a Promise that never settled");
        }
        Value result = out.invokeMember("convert");
        if (result.isNull()) {
            return null;
        }
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        for (String key : result.getMemberKeys()) {
            Value v = result.getMember(key);
            if (v.isString()) {
                outputs.put(key, v.asString().getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] bytes = new byte[(int) v.getArraySize()];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) v.getArrayElement(i).asInt();
                }
                outputs.put(key, bytes);
            }
        }
        return outputs;
    }
}
