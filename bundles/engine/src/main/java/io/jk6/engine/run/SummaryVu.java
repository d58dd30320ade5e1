package io.jk6.engine.run;

import io.jk6.engine.js.JsValues;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.summary.HandleSummaryCall;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * The init VU kept open after a run whose script exports {@code handleSummary}: k6 calls it once
 * the test ended, aborted or not, with {@code setup()}'s data.
 */
final class SummaryVu implements AutoCloseable {

    private final VirtualUser vu;
    private final Value exports;
    private final String setupData;

    SummaryVu(VirtualUser vu, Value exports, String setupData) {
        this.vu = vu;
        this.exports = exports;
        this.setupData = setupData;
        vu.flush();
    }

    /**
     * The init VU kept for {@code handleSummary} when the run finished, aborted or not (k6 calls it
     * in any case), and the script exports it; otherwise the VU is closed and null comes back.
     *
     * @param exports the script's exports; null when the run (or its init context) failed
     */
    static SummaryVu keepOrClose(VirtualUser initVu, Value exports, String setupData) {
        if (exports != null && JsValues.isFunction(exports, "handleSummary")) {
            return new SummaryVu(initVu, exports, setupData);
        }
        initVu.close(true);
        return null;
    }

    /**
     * Calls the script's {@code handleSummary(data)}.
     *
     * @param dataJson k6's summary data as JSON (see {@code HandleSummaryData})
     * @return what it returned, by output name; null when it returned nothing (the default summary is due)
     * @throws ScriptException it threw or returned something else than an object of strings and ArrayBuffers
     */
    Map<String, byte[]> handleSummary(String dataJson) throws ScriptException {
        try {
            return HandleSummaryCall.call(vu.jsRuntime().context(), exports.getMember("handleSummary"), dataJson,
                    setupData);
        } catch (PolyglotException e) {
            throw ScriptException.from(e, vu.jsRuntime().scriptDirectory());
        } catch (IllegalArgumentException e) {
            throw new ScriptException(e.getMessage(), false, e);
        }
    }

    @Override
    public void close() {
        vu.close(true);
    }
}
