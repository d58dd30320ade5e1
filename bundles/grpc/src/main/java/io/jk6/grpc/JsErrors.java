package io.jk6.grpc;

import io.jk6.api.js.VU;
import org.graalvm.polyglot.Value;

/**
 * Real JS {@code Error}s made in the VU's runtime, so a script's {@code catch (e)} reads {@code e.message} as
 * k6's; on the VU's thread.
 */
final class JsErrors {

    private final VU vu;
    private Value fail;

    JsErrors(VU vu) {
        this.vu = vu;
    }

    /** A JS {@code Error} with {@code message}, for the caller to throw. */
    RuntimeException error(String message) {
        if (fail == null) {
            fail = vu.runtime().eval("js", "(message) => { throw new Error(message); }");
        }
        try {
            fail.executeVoid(message);
        } catch (RuntimeException thrown) {
            return thrown;
        }
        return new IllegalStateException(message);
    }

    /** A JS {@code Error} for what a Java step threw: its message. */
    RuntimeException of(RuntimeException e) {
        return error(e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
