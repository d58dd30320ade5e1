package io.jk6.support.output;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What an output writes for a value that repeats from sample to sample, such as a tag set's
 * columns or JSON object, made once per distinct value instead of once per sample. A request's
 * dozen samples share one tag set object (the last one is recognised by identity, without
 * hashing), and the same sets come back request after request (kept by equality). Encoding every
 * sample's tags anew was most of an output's cost in a busy test. Bounded: a test whose tags never
 * repeat (ids in URLs) starts afresh at {@code bound} instead of growing without end. Not
 * thread-safe: one per flusher.
 *
 * @param <K> the value, with {@code equals} and {@code hashCode} (a {@code TagSet})
 * @param <V> what is written for it
 */
public final class EncodedOnce<K, V> {

    private final int bound;
    private final Function<? super K, ? extends V> encode;
    private final Map<K, V> known = new HashMap<>();
    private K last;
    private V lastEncoded;

    /** @param encode makes what is written for a value not seen (or forgotten) yet */
    public EncodedOnce(int bound, Function<? super K, ? extends V> encode) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        this.bound = bound;
        this.encode = encode;
    }

    /** What is written for {@code value}: the same object for equal values until the bound is reached. */
    public V get(K value) {
        if (value == last && last != null) {
            return lastEncoded;
        }
        V encoded = known.get(value);
        if (encoded == null) {
            if (known.size() >= bound) {
                known.clear();
            }
            encoded = encode.apply(value);
            known.put(value, encoded);
        }
        last = value;
        lastEncoded = encoded;
        return encoded;
    }
}
