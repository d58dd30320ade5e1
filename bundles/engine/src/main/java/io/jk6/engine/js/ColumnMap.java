package io.jk6.engine.js;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a column of transpiled TypeScript was in the .ts source, from the {@code mappings} of
 * the source map the transform wrote. Sucrase keeps every line where it was, so only columns
 * move (a removed {@code : string} shifts what follows to the left).
 */
final class ColumnMap {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Per generated line: pairs of (generated column, original column), 0-based, ascending. */
    private final int[][] lines;

    private ColumnMap(int[][] lines) {
        this.lines = lines;
    }

    /** Decodes source map v3 {@code mappings} (Base64 VLQ segments; lines split by ';'). */
    static ColumnMap parse(String mappings) {
        List<int[]> lines = new ArrayList<>();
        int originalColumn = 0;
        for (String line : mappings.split(";", -1)) {
            int[] pairs = new int[0];
            int count = 0;
            int generatedColumn = 0;
            for (String segment : line.split(",")) {
                if (segment.isEmpty()) {
                    continue;
                }
                int[] fields = decode(segment);
                generatedColumn += fields[0];
                if (fields.length >= 4) {
                    originalColumn += fields[3];
                    if (count * 2 == pairs.length) {
                        pairs = Arrays.copyOf(pairs, Math.max(8, pairs.length * 2));
                    }
                    pairs[count * 2] = generatedColumn;
                    pairs[count * 2 + 1] = originalColumn;
                    count++;
                }
            }
            lines.add(Arrays.copyOf(pairs, count * 2));
        }
        return new ColumnMap(lines.toArray(int[][]::new));
    }

    /**
     * The .ts column (1-based) of a column (1-based) of the transpiled code on {@code line}:
     * the mapped token at or before it, plus the distance into the token.
     */
    int originalColumn(int line, int column) {
        if (line < 1 || line > lines.length || column < 1) {
            return column;
        }
        int[] pairs = lines[line - 1];
        int generated = column - 1;
        for (int i = pairs.length - 2; i >= 0; i -= 2) {
            if (pairs[i] <= generated) {
                return pairs[i + 1] + (generated - pairs[i]) + 1;
            }
        }
        return column;
    }

    private static int[] decode(String segment) {
        int[] fields = new int[5];
        int n = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < segment.length() && n < fields.length; i++) {
            int digit = BASE64.indexOf(segment.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a Base64 VLQ digit: " + segment.charAt(i));
            }
            value += (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
                continue;
            }
            fields[n++] = (value & 1) == 1 ? -(value >>> 1) : value >>> 1;
            value = 0;
            shift = 0;
        }
        return Arrays.copyOf(fields, n);
    }
}
