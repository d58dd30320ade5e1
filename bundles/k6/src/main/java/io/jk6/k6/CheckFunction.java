package io.jk6.k6;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.TagSet;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import io.jk6.k6.common.UserTags;
import java.time.Instant;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code check(value, checks[, tags])}, as k6's {@code K6.Check}: every entry of {@code checks}
 * is a check named by its key; a function is called with {@code value} and its result decides,
 * any other entry decides by its truthiness. Each check pushes one sample of the {@code checks}
 * rate (1 passed, 0 failed) tagged with the VU's tags, {@code check} and the extra tags.
 * Returns true when every check passed.
 *
 * <p>A check function that throws counts as failed, its sample is pushed, and the exception
 * then propagates to the script, as in k6.
 */
final class CheckFunction implements ProxyExecutable {

    /** k6's {@code ErrCheckInInitContext}. */
    static final String IN_INIT_CONTEXT = "Using check() in the init context is not supported";

    static final String NO_CHECKS = "no checks provided to `check`";

    static final String ASYNC_NOT_SUPPORTED = "the built-in check() does not support async functions as arguments. "
            + "Use the JavaScript utils library as a replacement. "
            + "Refer to https://grafana.com/docs/k6/latest/javascript-api/jslib/utils/check/ for more info";

    private final VU vu;
    private final Metric checks;

    CheckFunction(VU vu, Metric checks) {
        this.vu = vu;
        this.checks = checks;
    }

    @Override
    public Object execute(Value... args) {
        VUState state = vu.state().orElseThrow(() -> new ScriptError(IN_INIT_CONTEXT));
        Value value = JsValues.arg(args, 0);
        Value checkObject = JsValues.arg(args, 1);
        if (JsValues.isNullish(checkObject)) {
            throw new ScriptError(NO_CHECKS);
        }
        // The tags are taken once: a check function that changes them does not move the others.
        TagSet common = UserTags.apply(state.tags(), JsValues.arg(args, 2));
        Instant now = Sample.now();

        boolean allPassed = true;
        for (String name : checkObject.getMemberKeys()) {
            GroupPath.requireValidName(name);
            Value check = checkObject.getMember(name);
            if (JsValues.isAsyncFunction(check)) {
                throw new ScriptError(ASYNC_NOT_SUPPORTED);
            }
            boolean passed;
            RuntimeException thrown = null;
            if (check != null && check.canExecute()) {
                try {
                    passed = JsValues.truthy(check.execute(value));
                } catch (RuntimeException e) {
                    passed = false;
                    thrown = e;
                }
            } else {
                passed = JsValues.truthy(check);
            }
            allPassed &= passed;
            vu.push(Sample.at(checks, common.with("check", name), now, passed ? 1 : 0));
            if (thrown != null) {
                throw thrown;
            }
        }
        return allPassed;
    }
}
