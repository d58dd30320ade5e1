package io.jk6.api.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * An immutable set of tags (name to value), sorted by name. Samples of one request share one
 * instance, so it is kept small: two arrays, no map.
 */
public final class TagSet {

    private static final TagSet EMPTY = new TagSet(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;
    private int hash;

    private TagSet(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** The set without tags. */
    public static TagSet empty() {
        return EMPTY;
    }

    /** A set holding these tags; null values are left out. */
    public static TagSet of(Map<String, String> tags) {
        // sorted once rather than one insertion (and array copy) per tag: HTTP requests build
        // a set of about eight tags each
        String[] names = new String[tags.size()];
        int n = 0;
        for (Map.Entry<String, String> e : tags.entrySet()) {
            if (e.getValue() != null) {
                names[n++] = Objects.requireNonNull(e.getKey(), "tag name");
            }
        }
        if (n == 0) {
            return EMPTY;
        }
        names = Arrays.copyOf(names, n);
        Arrays.sort(names);
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = tags.get(names[i]);
        }
        return new TagSet(names, values);
    }

    /** A set holding {@code name:value} pairs given in turn, as in {@code of("status", "200")}. */
    public static TagSet of(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("tags come in name, value pairs");
        }
        TagSet set = EMPTY;
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            set = set.with(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return set;
    }

    /** This set with one tag added or replaced; a null value removes the tag. */
    public TagSet with(String name, String value) {
        Objects.requireNonNull(name, "name");
        int at = Arrays.binarySearch(names, name);
        if (value == null) {
            return at < 0 ? this : without(at);
        }
        if (at >= 0) {
            if (values[at].equals(value)) {
                return this;
            }
            String[] v = values.clone();
            v[at] = value;
            return new TagSet(names, v);
        }
        int insert = -at - 1;
        String[] n = new String[names.length + 1];
        String[] v = new String[values.length + 1];
        System.arraycopy(names, 0, n, 0, insert);
        System.arraycopy(values, 0, v, 0, insert);
        n[insert] = name;
        v[insert] = value;
        System.arraycopy(names, insert, n, insert + 1, names.length - insert);
        System.arraycopy(values, insert, v, insert + 1, values.length - insert);
        return new TagSet(n, v);
    }

    /** This set with every tag of {@code other} added, {@code other} winning on a clash. */
    public TagSet withAll(TagSet other) {
        TagSet set = this;
        for (int i = 0; i < other.names.length; i++) {
            set = set.with(other.names[i], other.values[i]);
        }
        return set;
    }

    /**
     * This set with every entry of {@code tags} added or replaced (a null value removes the
     * tag), built in one go: cheaper than a chain of {@link #with} for several tags.
     */
    public TagSet withAll(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return this;
        }
        Map<String, String> merged = new java.util.HashMap<>((names.length + tags.size()) * 2);
        for (int i = 0; i < names.length; i++) {
            merged.put(names[i], values[i]);
        }
        merged.putAll(tags);
        return of(merged);
    }

    private TagSet without(int at) {
        String[] n = new String[names.length - 1];
        String[] v = new String[values.length - 1];
        System.arraycopy(names, 0, n, 0, at);
        System.arraycopy(values, 0, v, 0, at);
        System.arraycopy(names, at + 1, n, at, names.length - at - 1);
        System.arraycopy(values, at + 1, v, at, values.length - at - 1);
        return new TagSet(n, v);
    }

    /** The value of a tag, or null. */
    public String get(String name) {
        int at = Arrays.binarySearch(names, name);
        return at < 0 ? null : values[at];
    }

    /** True when every tag of {@code filter} is in this set with the same value. */
    public boolean containsAll(TagSet filter) {
        for (int i = 0; i < filter.names.length; i++) {
            if (!filter.values[i].equals(get(filter.names[i]))) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return names.length;
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    /**
     * Calls {@code action} with each tag's name and value, in order, without making a map: what
     * an output does for each sample, where {@link #asMap()} would allocate one per sample.
     *
     * @since 1.1
     */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /** The tags as an ordered, unmodifiable map (a new one each call: see {@link #forEach}). */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TagSet t && Arrays.equals(names, t.names) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
            hash = h;
        }
        return h;
    }

    /** k6's notation: {@code {method:GET, status:200}}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < names.length; i++) {
            j.add(names[i] + ":" + values[i]);
        }
        return j.toString();
    }
}
