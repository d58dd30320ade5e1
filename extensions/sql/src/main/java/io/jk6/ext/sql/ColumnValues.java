package io.jk6.ext.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Column values as plain JS values, and script arguments as the driver takes them. Numbers,
 * strings, booleans and null stay; what JS has no type for becomes the nearest one a script can
 * print, compare and {@code JSON.stringify}.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    /**
     * A value of {@code ResultSet.getObject}: integers as numbers ({@code bigint} too; beyond
     * 2^53 a JS number loses digits, as in k6), {@code numeric} as a number, dates and times as
     * ISO-8601 text, {@code uuid} and other driver objects (PostgreSQL's json, intervals...) as
     * their text, bytes as an {@code ArrayBuffer}, SQL arrays as arrays.
     */
    static Object toScript(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof byte[]) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Float f) {
            return Double.parseDouble(f.toString()); // 0.1f as 0.1, not 0.10000000149011612
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof Array array) {
            List<Object> elements = new ArrayList<>();
            for (Object element : (Object[]) array.getArray()) {
                elements.add(toScript(element));
            }
            return elements;
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        // UUID, java.time values, PostgreSQL's PGobject (json, jsonb, interval, inet...): their text
        return value.toString();
    }

    /**
     * A script's argument for {@code setObject}: GraalJS hands JS objects over as maps and arrays
     * as lists, which no driver binds; they go as their text. An {@code ArrayBuffer} is not
     * converted by GraalJS and goes as text too.
     */
    static Object toDriver(Object argument) {
        if (argument instanceof Map<?, ?> || argument instanceof List<?>) {
            return String.valueOf(argument);
        }
        return argument;
    }
}
