package io.jk6.k6.common;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;

/** JavaScript's conversions on polyglot values, for arguments that arrive untyped. */
public final class JsValues {

    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");
    private static final Pattern INFINITY = Pattern.compile("[+-]?Infinity");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private JsValues() {
    }

    /** The argument at {@code index}, or null when the script passed fewer arguments. */
    public static Value arg(Value[] args, int index) {
        return index < args.length ? args[index] : null;
    }

    /** True for a missing argument, {@code undefined} or {@code null}. */
    public static boolean isNullish(Value v) {
        return v == null || v.isNull();
    }

    /** JavaScript's ToBoolean: the truthiness {@code if (v)} would see. */
    public static boolean truthy(Value v) {
        if (isNullish(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            if (v.fitsInLong()) {
                return v.asLong() != 0;
            }
            double d = v.asDouble();
            return d != 0 && !Double.isNaN(d);
        }
        if (v.isString()) {
            return !v.asString().isEmpty();
        }
        // Objects, functions, symbols and (non-zero) BigInts are truthy.
        return true;
    }

    /** JavaScript's ToString for the common cases: what {@code String(v)} would give. */
    public static String string(Value v) {
        if (v == null) {
            return "undefined";
        }
        return v.isString() ? v.asString() : v.toString();
    }

    /**
     * JavaScript's ToNumber: numbers, booleans and numeric strings convert; everything else
     * (objects, non-numeric strings, undefined) gives NaN, and null gives 0.
     */
    public static double number(Value v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v.isNull()) {
            // Polyglot folds undefined into null; JS tells them apart here.
            return "null".equals(v.toString()) ? 0 : Double.NaN;
        }
        if (v.isNumber()) {
            return v.fitsInDouble() ? v.asDouble() : Double.NaN;
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1 : 0;
        }
        if (v.isString()) {
            return parseNumber(v.asString());
        }
        return Double.NaN;
    }

    /** JavaScript's StringToNumber for decimal, hexadecimal and Infinity literals. */
    static double parseNumber(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        if (HEX.matcher(s).matches()) {
            return new BigInteger(s.substring(2), 16).doubleValue();
        }
        if (INFINITY.matcher(s).matches()) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // Java's parser also takes "1d", "NaN" and hex floats, which JS does not: check first.
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        return Double.NaN;
    }

    /**
     * True when the value is an {@code async} function. k6's check() and group() refuse them:
     * they would return a Promise, not a result, and the measured time would be meaningless.
     */
    public static boolean isAsyncFunction(Value v) {
        if (v == null || !v.canExecute()) {
            return false;
        }
        Value meta = v.getMetaObject();
        return meta != null && "AsyncFunction".equals(meta.getMetaSimpleName());
    }
}
