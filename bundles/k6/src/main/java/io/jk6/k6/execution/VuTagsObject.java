package io.jk6.k6.execution;

import io.jk6.api.js.VUState;
import io.jk6.api.metrics.TagSet;
import io.jk6.k6.common.ScriptError;
import io.jk6.k6.common.JsValues;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * {@code exec.vu.metrics.tags}: the VU's current tags as a live JS object. Reading gives the
 * tag, writing sets it on every later sample of the VU, {@code delete} removes it, as k6's
 * {@code tagsDynamicObject}.
 */
final class VuTagsObject implements ProxyObject {

    private final VUState state;

    VuTagsObject(VUState state) {
        this.state = state;
    }

    @Override
    public Object getMember(String key) {
        return state.tags().get(key);
    }

    @Override
    public Object getMemberKeys() {
        return ProxyArray.fromArray(state.tags().asMap().keySet().toArray());
    }

    @Override
    public boolean hasMember(String key) {
        return state.tags().get(key) != null;
    }

    /** @throws ScriptError for a value that is not a string, boolean or number (k6's message) */
    @Override
    public void putMember(String key, Value value) {
        if (value == null || !(value.isString() || value.isBoolean() || value.isNumber())) {
            throw new ScriptError("invalid value for metric tag '" + key
                    + "': only String, Boolean and Number types are accepted as a metric tag values");
        }
        state.setTags(state.tags().with(key, JsValues.string(value)));
    }

    @Override
    public boolean removeMember(String key) {
        Map<String, String> tags = new LinkedHashMap<>(state.tags().asMap());
        if (tags.remove(key) != null) {
            state.setTags(TagSet.of(tags));
        }
        return true;
    }
}
