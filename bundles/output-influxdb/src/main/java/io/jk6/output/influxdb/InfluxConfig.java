package io.jk6.output.influxdb;

import io.jk6.support.GoBool;
import io.jk6.support.GoDuration;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The influxdb output's settings, consolidated as k6 does: defaults, then {@code K6_INFLUXDB_*}
 * variables, then the {@code --out influxdb=http://[user:pass@]host:port/db?...} argument.
 *
 * @param addr             the server, {@code http(s)://host:port}
 * @param db               the database, created at start when missing
 * @param precision        the write precision (empty: nanoseconds)
 * @param tagsAsFields     tags written as fields, {@code name[:int|float|bool|string]}
 * @param concurrentWrites at most this many writes in flight
 */
record InfluxConfig(String addr, String proxy, String username, String password, boolean insecure, Duration pushInterval,
        int concurrentWrites, String db, String precision, String retention, String consistency,
        List<String> tagsAsFields) {

    static final InfluxConfig DEFAULTS = new InfluxConfig("http://localhost:8086", null, null, null, false,
            Duration.ofSeconds(1), 4, "k6", "", "", "", List.of("vu", "iter", "url"));

    /** @throws IllegalArgumentException a setting that cannot be used, named in the message */
    static InfluxConfig of(Map<String, String> env, String argument) {
        Builder config = new Builder(DEFAULTS);
        env.forEach((name, value) -> {
            switch (name) {
                case "K6_INFLUXDB_ADDR" -> config.addr = value;
                case "K6_INFLUXDB_PROXY" -> config.proxy = value;
                case "K6_INFLUXDB_USERNAME" -> config.username = value;
                case "K6_INFLUXDB_PASSWORD" -> config.password = value;
                case "K6_INFLUXDB_INSECURE" -> config.insecure = GoBool.parse(name, value);
                case "K6_INFLUXDB_PUSH_INTERVAL" -> config.pushInterval = duration(name, value);
                case "K6_INFLUXDB_CONCURRENT_WRITES" -> config.concurrentWrites = integer(name, value);
                case "K6_INFLUXDB_DB" -> config.db = value;
                case "K6_INFLUXDB_PRECISION" -> config.precision = value;
                case "K6_INFLUXDB_RETENTION" -> config.retention = value;
                case "K6_INFLUXDB_CONSISTENCY" -> config.consistency = value;
                case "K6_INFLUXDB_TAGS_AS_FIELDS" -> config.tagsAsFields = Arrays.asList(value.split(","));
                default -> { }
            }
        });
        if (!argument.isEmpty()) {
            config.url(argument);
        }
        return config.build();
    }

    private static int integer(String setting, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(setting + ": \"" + value + "\" is not an integer", e);
        }
    }

    private static Duration duration(String setting, String value) {
        try {
            return GoDuration.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }

    /** The settings as they are read, each layer over the one before. */
    private static final class Builder {
        String addr, proxy, username, password, db, precision, retention, consistency;
        boolean insecure;
        Duration pushInterval;
        int concurrentWrites;
        List<String> tagsAsFields;

        Builder(InfluxConfig base) {
            addr = base.addr;
            proxy = base.proxy;
            username = base.username;
            password = base.password;
            insecure = base.insecure;
            pushInterval = base.pushInterval;
            concurrentWrites = base.concurrentWrites;
            db = base.db;
            precision = base.precision;
            retention = base.retention;
            consistency = base.consistency;
            tagsAsFields = base.tagsAsFields;
        }

        /** k6's {@code ParseURL}: host, user info, path as the database, query parameters. */
        void url(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("invalid URL \"" + text + "\": " + e.getMessage(), e);
            }
            if (uri.getRawAuthority() != null && uri.getHost() != null) {
                addr = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (!path.isEmpty()) {
                db = path;
            }
            if (uri.getUserInfo() != null) {
                int colon = uri.getUserInfo().indexOf(':');
                username = colon < 0 ? uri.getUserInfo() : uri.getUserInfo().substring(0, colon);
                password = colon < 0 ? "" : uri.getUserInfo().substring(colon + 1);
            }
            List<String> fields = new ArrayList<>();
            for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                switch (key) {
                    case "insecure" -> {
                        switch (value) {
                            case "" -> { }
                            case "true" -> insecure = true;
                            case "false" -> insecure = false;
                            default -> throw new IllegalArgumentException("insecure must be true or false, not " + value);
                        }
                    }
                    case "payload_size" -> integer("payload_size", value); // only UDP uses it: checked, not needed
                    case "precision" -> precision = value;
                    case "retention" -> retention = value;
                    case "consistency" -> consistency = value;
                    case "pushInterval" -> pushInterval = duration("pushInterval", value);
                    case "concurrentWrites" -> concurrentWrites = integer("concurrentWrites", value);
                    case "tagsAsFields" -> fields.add(value);
                    default -> throw new IllegalArgumentException("unknown query parameter: " + key);
                }
            }
            if (!fields.isEmpty()) {
                tagsAsFields = fields;
            }
        }

        InfluxConfig build() {
            if (addr.startsWith("udp://")) {
                throw new IllegalArgumentException("udp:// addresses are not supported by jk6's influxdb output: use http://");
            }
            if (concurrentWrites <= 0) {
                throw new IllegalArgumentException("influxdb's ConcurrentWrites must be a positive number");
            }
            if (pushInterval.isNegative() || pushInterval.isZero()) {
                throw new IllegalArgumentException("influxdb's PushInterval must be positive");
            }
            return new InfluxConfig(addr.isEmpty() ? DEFAULTS.addr : addr, proxy, username, password, insecure,
                    pushInterval, concurrentWrites, db.isEmpty() ? DEFAULTS.db : db, precision, retention, consistency,
                    List.copyOf(tagsAsFields));
        }
    }
}
