package io.jk6.ext.sql;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Go's PostgreSQL data source names (lib/pq, pgx), as xk6-sql scripts write them, to pgjdbc's URL:
 * {@code postgres://user:secret@127.0.0.1:5432/db?sslmode=disable} or
 * {@code host=127.0.0.1 port=5432 user=u dbname=db sslmode=disable}. A {@code jdbc:postgresql:}
 * URL passes as it is. User and password go into the connection's properties, not the URL.
 */
final class PostgresDsn {

    private PostgresDsn() {
    }

    static String toJdbc(String dsn, Properties properties) {
        String text = dsn.strip();
        if (text.startsWith("jdbc:postgresql:")) {
            return text;
        }
        Map<String, String> keys = text.startsWith("postgres://") || text.startsWith("postgresql://")
                ? fromUrl(text) : fromKeyValues(text);
        String host = keys.getOrDefault("host", "localhost");
        String port = keys.getOrDefault("port", "5432");
        String database = keys.getOrDefault("dbname", keys.getOrDefault("user", ""));
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(database);
        char separator = '?';
        for (Map.Entry<String, String> entry : keys.entrySet()) {
            switch (entry.getKey()) {
                case "host", "port", "dbname" -> { }
                case "user" -> properties.setProperty("user", entry.getValue());
                case "password" -> properties.setProperty("password", entry.getValue());
                // lib/pq's names of what pgjdbc names otherwise
                case "connect_timeout" -> properties.setProperty("connectTimeout", entry.getValue());
                case "application_name" -> properties.setProperty("ApplicationName", entry.getValue());
                default -> {
                    url.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
                    separator = '&';
                }
            }
        }
        return url.toString();
    }

    private static Map<String, String> fromUrl(String text) {
        URI uri = URI.create(text);
        Map<String, String> keys = new LinkedHashMap<>();
        // the authority by hand: java.net.URI gives no user for a host-less "postgres://k6@/db"
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String[] userInfo = authority.substring(0, at).split(":", 2);
            keys.put("user", decode(userInfo[0]));
            if (userInfo.length == 2) {
                keys.put("password", decode(userInfo[1]));
            }
        }
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon > hostPort.lastIndexOf(']')) {
            keys.put("port", hostPort.substring(colon + 1));
            hostPort = hostPort.substring(0, colon);
        }
        if (!hostPort.isEmpty()) {
            keys.put("host", decode(hostPort.replace("[", "").replace("]", "")));
        }
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            keys.put("dbname", decode(path.substring(1)));
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                keys.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
            }
        }
        return keys;
    }

    /** {@code key=value} pairs split by spaces; a value may be single-quoted, with {@code \'} and {@code \\} inside. */
    private static Map<String, String> fromKeyValues(String text) {
        Map<String, String> keys = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int equals = text.indexOf('=', i);
            if (i >= text.length() || equals < 0) {
                if (i < text.length()) {
                    throw new IllegalArgumentException("not a PostgreSQL data source name (key=value or postgres://): " + text);
                }
                break;
            }
            String key = text.substring(i, equals).strip();
            i = equals + 1;
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    value.append(text.charAt(i++));
                }
            }
            keys.put(key, value.toString());
        }
        return keys;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
