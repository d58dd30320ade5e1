package io.jk6.engine.js;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/** Copies JS data (such as {@code options}) out of a Context into plain Java values. */
public final class JsValues {

    private JsValues() {
    }

    /** True when {@code exports} (a module namespace or object) has a function named {@code name}. */
    public static boolean isFunction(Value exports, String name) {
        Value member = exports.getMember(name);
        return member != null && member.canExecute();
    }

    /** Objects become maps, arrays lists, numbers Double or Long, plus String, Boolean and null. */
    public static Object toJava(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.fitsInLong() ? (Object) value.asLong() : (Object) value.asDouble();
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.hasArrayElements()) {
            List<Object> list = new ArrayList<>();
            for (long i = 0; i < value.getArraySize(); i++) {
                list.add(toJava(value.getArrayElement(i)));
            }
            return list;
        }
        if (value.canExecute()) {
            return value.toString();
        }
        if (value.hasMembers()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : value.getMemberKeys()) {
                map.put(key, toJava(value.getMember(key)));
            }
            return map;
        }
        return value.toString();
    }
}
