package io.jk6.http;

import io.jk6.api.js.VU;
import org.graalvm.polyglot.Value;

/**
 * The JS values the module needs from its VU's runtime, looked up once per VU: the runtime's
 * own {@code JSON.parse}, so parsed bodies are ordinary JS values, and a thrower that makes
 * errors real JS {@code Error}s with a {@code message} scripts can read.
 */
final class ScriptSupport {

    private final VU vu;
    private Value jsonParse;
    private Value thrower;

    ScriptSupport(VU vu) {
        this.vu = vu;
    }

    /** {@code JSON.parse(text)} in the VU's runtime; a SyntaxError reaches the script as is. */
    Value parseJson(String text) {
        if (jsonParse == null) {
            jsonParse = vu.runtime().eval("js", "JSON.parse");
        }
        return jsonParse.execute(text);
    }

    /**
     * A JS {@code Error} with {@code message}, to be thrown by the caller: {@code throw script.error(...)}.
     * Thrown from a host method, a guest exception reaches the script as the original Error.
     */
    RuntimeException error(String message) {
        if (vu.runtime() == null) {
            return new IllegalStateException(message);
        }
        if (thrower == null) {
            thrower = vu.runtime().eval("js", "(function (message) { throw new Error(message); })");
        }
        try {
            thrower.executeVoid(message);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new IllegalStateException(message);
    }
}
