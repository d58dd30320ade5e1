package io.jk6.http.html;

import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/** The JS values k6/html hands back: arrays and {@code undefined} made in the VU's runtime. */
final class HtmlScript {

    private final Context context;
    private Value helpers;

    HtmlScript(Context context) {
        this.context = context;
    }

    Value undefined() {
        return helpers().getMember("undefined");
    }

    /** A JS array of {@code items}. */
    Value array(List<?> items) {
        Value array = helpers().getMember("array").execute();
        for (int i = 0; i < items.size(); i++) {
            array.setArrayElement(i, items.get(i));
        }
        return array;
    }

    private Value helpers() {
        if (helpers == null) {
            helpers = context.eval("js", "({ undefined: undefined, array: () => [] })");
        }
        return helpers;
    }
}
