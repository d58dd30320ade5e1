package io.jk6.k6;

import io.jk6.api.js.VU;
import io.jk6.api.js.VUState;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.Sample;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * {@code group(name, fn)}, as k6's {@code K6.Group}: calls {@code fn} with the VU's
 * {@code group} tag set to the group's path ({@code ::name} below the current group), so every
 * sample taken meanwhile carries it; then pushes {@code group_duration} for the call and
 * returns what {@code fn} returned. The previous group tag comes back afterwards, also when
 * {@code fn} throws.
 */
final class GroupFunction implements ProxyExecutable {

    /** k6's {@code ErrGroupInInitContext}. */
    static final String IN_INIT_CONTEXT = "Using group() in the init context is not supported";

    static final String NO_CALLBACK = "group() requires a callback as a second argument";

    static final String ASYNC_NOT_SUPPORTED = "group() does not support async functions as arguments, "
            + "please see https://grafana.com/docs/k6/latest/javascript-api/k6/group/ for more info";

    private static final String GROUP_TAG = "group";

    private final VU vu;
    private final Metric groupDuration;

    GroupFunction(VU vu, Metric groupDuration) {
        this.vu = vu;
        this.groupDuration = groupDuration;
    }

    @Override
    public Object execute(Value... args) {
        VUState state = vu.state().orElseThrow(() -> new ScriptError(IN_INIT_CONTEXT));
        String name = JsValues.string(JsValues.arg(args, 0));
        Value fn = JsValues.arg(args, 1);
        if (fn == null || !fn.canExecute()) {
            throw new ScriptError(NO_CALLBACK);
        }
        // k6 refuses async callbacks: the group would end before the awaited work does.
        if (JsValues.isAsyncFunction(fn)) {
            throw new ScriptError(ASYNC_NOT_SUPPORTED);
        }
        String oldPath = state.tags().get(GROUP_TAG);
        String newPath = GroupPath.child(oldPath == null ? GroupPath.ROOT : oldPath, name);

        state.setTags(state.tags().with(GROUP_TAG, newPath));
        long start = System.nanoTime();
        try {
            return fn.execute();
        } finally {
            long end = System.nanoTime();
            // Pushed before the tag is restored, so the sample carries the group's own path;
            // k6 pushes it when fn throws too.
            vu.push(Sample.of(groupDuration, state.tags(), (end - start) / 1_000_000.0));
            // Only the group tag goes back: tags the callback set on the VU stay, as in k6.
            state.setTags(state.tags().with(GROUP_TAG, oldPath));
        }
    }
}
