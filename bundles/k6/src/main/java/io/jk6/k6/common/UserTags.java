package io.jk6.k6.common;

import io.jk6.api.metrics.TagSet;
import org.graalvm.polyglot.Value;

/**
 * The tags a script passes to {@code check()} or {@code Metric.add()}: an object of tag name to
 * value, added to the VU's current tags, as k6's {@code common.ApplyCustomUserTags}.
 */
public final class UserTags {

    private UserTags() {
    }

    /**
     * {@code base} with the tags of the JS object {@code tags} added (they win on a clash).
     * Missing, null or undefined {@code tags} leave {@code base} as it is.
     *
     * @throws ScriptError when a tag value is not a string, boolean or number (k6's message)
     */
    public static TagSet apply(TagSet base, Value tags) {
        if (JsValues.isNullish(tags) || !tags.hasMembers()) {
            return base;
        }
        TagSet result = base;
        for (String key : tags.getMemberKeys()) {
            Value value = tags.getMember(key);
            if (value == null || !(value.isString() || value.isBoolean() || value.isNumber())) {
                throw new ScriptError("invalid value for metric tag '" + key
                        + "': only String, Boolean and Number types are accepted as a metric tag values");
            }
            result = result.with(key, JsValues.string(value));
        }
        return result;
    }
}
