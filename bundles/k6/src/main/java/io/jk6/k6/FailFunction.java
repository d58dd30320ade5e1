package io.jk6.k6;

import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code fail([message])}: "a fancy way of saying {@code throw}" (k6). The script sees an error
 * whose message is {@code message}; uncaught, it ends the iteration and the engine logs it.
 */
final class FailFunction implements ProxyExecutable {

    @Override
    public Object execute(Value... args) {
        Value message = JsValues.arg(args, 0);
        // k6 takes a Go string: a missing message is the empty string, not "undefined".
        throw new ScriptError(JsValues.isNullish(message) ? "" : JsValues.string(message));
    }
}
