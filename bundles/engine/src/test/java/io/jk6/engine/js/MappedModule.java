package io.jk6.engine.js;

import io.jk6.api.js.JS;
import io.jk6.api.js.JsModule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A module for the JS mapping tests: one member per rule of io.jk6.api.js's documentation. */
public final class MappedModule implements JsModule {

    public int someField = 7;
    public final String HTTPCode = "teapot";
    public final int error_code = 1050;
    @JS("renamedField")
    public final String javaField = "renamed";
    @JS.Hidden
    public final String secret = "hidden";

    public boolean isGreater(int a, int b) {
        return a > b;
    }

    public String join(String a) {
        return a;
    }

    public String join(String a, String b) {
        return a + "+" + b;
    }

    public String joinAll(String... parts) {
        return String.join("+", parts);
    }

    /** Takes a polyglot value: JS-aware, called directly, throws what it throws. */
    public String describe(org.graalvm.polyglot.Value value) {
        if (value.isNull()) {
            throw new IllegalArgumentException("null given");
        }
        return value.toString();
    }

    @JS("shout")
    public String loud(String s) {
        return s.toUpperCase();
    }

    @JS.Hidden
    public String internal() {
        return "hidden";
    }

    public Counter XCounter(int start) {
        return new Counter(start);
    }

    public Optional<String> maybe(boolean present) {
        return present ? Optional.of("there") : Optional.empty();
    }

    public Optional<Point> maybePoint() {
        return Optional.of(new Point(1, 2, "p"));
    }

    public byte[] bytes() {
        return "hi\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    }

    public CompletionStage<Point> later(boolean fail) {
        if (fail) {
            return CompletableFuture.failedFuture(new IllegalStateException("no point"));
        }
        return CompletableFuture.supplyAsync(() -> new Point(3, 4, "async"));
    }

    public Point point() {
        return new Point(5, 6, "plain");
    }

    public List<String> names() {
        return List.of("a", "b");
    }

    /** A database row's shape: nested maps and lists, records and bytes inside. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("name", "x");
        row.put("none", null);
        row.put("tags", List.of("a", Map.of("k", "v")));
        row.put("point", new Point(1, 2, "p"));
        row.put("bytes", new byte[] {7});
        return row;
    }

    public List<Map<String, Object>> rows() {
        return new ArrayList<>(List.of(row(), row()));
    }

    /** JDBC's exception is Iterable: GraalJS alone would hand it over as an iterable, not an Error. */
    public int query(String sql) throws java.sql.SQLException {
        throw new java.sql.SQLException("near \"" + sql + "\": syntax error");
    }

    public String fail(String message) {
        throw new IllegalArgumentException(message);
    }

    public Hidden hiddenClass() {
        return new Secret("s");
    }

    public Plain plain() {
        return new Plain();
    }

    /** A record: components are snake_case properties, accessors are no methods. */
    public record Point(int xValue, int yValue, @JS("label") String name) {
        public int sum() {
            return xValue + yValue;
        }
    }

    /** What {@code new mapped.Counter(n)} makes. */
    public static final class Counter {
        private int count;

        Counter(int start) {
            this.count = start;
        }

        public int increment() {
            return ++count;
        }
    }

    /** A class needing no mapping (fields already snake_case): handed to JS as is. */
    public static final class Plain {
        public final int status_code = 200;
        /** A map in a field stays a Java map: converting it would make Plain an adapter. */
        public final Map<String, String> headers = Map.of("Content-Type", "text/plain");

        public String hello() {
            return "plain";
        }
    }

    /** Declared as an interface: converted by the run-time class. */
    public interface Hidden {
    }

    /** Not public: JS could not see its members. */
    record Secret(String value) implements Hidden {
    }
}
