package io.jk6.api.js;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module exports, as k6's {@code modules.Exports}: a default export and named ones.
 * {@code import m from 'k6/x/m'} sees the default; {@code import {f} from 'k6/x/m'} sees the
 * named export {@code f}. When there are no named exports, the public members of the default
 * export are offered as named exports too, so both import styles work.
 *
 * @param defaultExport the default export, or null
 * @param named         named exports by name (copied, unmodifiable, in the given order)
 */
public record Exports(Object defaultExport, Map<String, Object> named) {

    public Exports {
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
    }

    /** Exports with only a default. */
    public static Exports ofDefault(Object defaultExport) {
        return new Exports(defaultExport, Map.of());
    }

    /** Exports with a default and named exports. */
    public static Exports of(Object defaultExport, Map<String, Object> named) {
        return new Exports(defaultExport, named);
    }
}
