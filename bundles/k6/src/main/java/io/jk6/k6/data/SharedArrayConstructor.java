package io.jk6.k6.data;

import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.VU;
import io.jk6.k6.common.JsValues;
import io.jk6.k6.common.ScriptError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyInstantiable;

/**
 * {@code new SharedArray(name, fn)}: the first VU of the run that constructs {@code name} calls
 * {@code fn} and keeps its elements as JSON text in the run's shared objects; every VU then gets
 * a {@link SharedArrayView} on that one copy. As in k6, it exists only in the init context, the
 * function must return an array, and what a VU reads is a frozen copy of one element.
 */
final class SharedArrayConstructor implements ProxyInstantiable {

    static final String NOT_IN_INIT = "new SharedArray must be called in the init context";
    static final String EMPTY_NAME = "empty name provided to SharedArray's constructor";
    static final String NOT_A_FUNCTION = "a function is expected as the second argument of SharedArray's constructor";
    static final String NOT_AN_ARRAY = "only arrays can be made into SharedArray";

    /** Keys in the run's shared objects; the prefix keeps them apart from other modules' keys. */
    private static final String KEY_PREFIX = "k6/data.SharedArray:";

    private final VU vu;
    private ElementReader reader;

    SharedArrayConstructor(VU vu) {
        this.vu = vu;
    }

    @Override
    public Object newInstance(Value... args) {
        InitEnvironment init = vu.initEnv().orElseThrow(() -> new ScriptError(NOT_IN_INIT));
        Value nameArg = JsValues.arg(args, 0);
        String name = JsValues.isNullish(nameArg) ? "" : JsValues.string(nameArg);
        if (name.isEmpty()) {
            throw new ScriptError(EMPTY_NAME);
        }
        Value fn = JsValues.arg(args, 1);
        if (fn == null || !fn.canExecute()) {
            throw new ScriptError(NOT_A_FUNCTION);
        }
        String[] elements = init.shared(KEY_PREFIX + name, () -> elementsOf(fn.execute()));
        return new SharedArrayView(name, elements, reader());
    }

    /** Each element as JSON text: what k6 keeps, and what every VU parses its copies from. */
    private String[] elementsOf(Value array) {
        if (array == null || !array.hasArrayElements()) {
            throw new ScriptError(NOT_AN_ARRAY);
        }
        ElementReader json = reader();
        int size = Math.toIntExact(array.getArraySize());
        String[] elements = new String[size];
        for (int i = 0; i < size; i++) {
            elements[i] = json.stringify(array.getArrayElement(i));
        }
        return elements;
    }

    /** One per VU: the JSON functions of this VU's runtime. */
    private ElementReader reader() {
        if (reader == null) {
            reader = new ElementReader(vu.runtime());
        }
        return reader;
    }
}
