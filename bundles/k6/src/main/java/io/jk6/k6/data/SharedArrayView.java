package io.jk6.k6.data;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * What {@code new SharedArray(...)} returns to one VU: {@code length}, {@code array[i]} and
 * {@code for...of}, reading the run's one copy of the elements. Every read parses a fresh,
 * frozen copy of the element (k6 does the same); writes fail, as the array is read-only.
 */
final class SharedArrayView implements ProxyArray {

    private final String name;
    private final String[] elements;
    private final ElementReader reader;

    SharedArrayView(String name, String[] elements, ElementReader reader) {
        this.name = name;
        this.elements = elements;
        this.reader = reader;
    }

    @Override
    public Object get(long index) {
        if (index < 0 || index >= elements.length) {
            throw new ArrayIndexOutOfBoundsException((int) Math.min(index, Integer.MAX_VALUE));
        }
        return reader.parse(elements[(int) index]);
    }

    @Override
    public void set(long index, Value value) {
        throw new UnsupportedOperationException("SharedArray '" + name + "' is read-only");
    }

    @Override
    public boolean remove(long index) {
        throw new UnsupportedOperationException("SharedArray '" + name + "' is read-only");
    }

    @Override
    public long getSize() {
        return elements.length;
    }
}
