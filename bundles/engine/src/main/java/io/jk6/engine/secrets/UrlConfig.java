package io.jk6.engine.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jk6.engine.secrets.SecretSource.SecretException;
import io.jk6.support.GoDuration;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The url source's settings, laid over each other as k6 lays them: its defaults, then
 * {@code K6_SECRET_SOURCE_URL_*}, then the JSON file of {@code config=PATH}, then the flag's own
 * {@code key=value}s ({@code urlTemplate}, {@code method}, {@code responsePath}, {@code timeout},
 * {@code maxRetries}, {@code retryBackoff}, {@code headers.NAME}...), checked with k6's texts.
 */
record UrlConfig(String urlTemplate, Map<String, String> headers, String method, String responsePath, Duration timeout,
        long maxRetries, Duration retryBackoff) {

    private static final class Builder {
        String urlTemplate = "";
        Map<String, String> headers = new LinkedHashMap<>();
        String method = "GET";
        String responsePath = "";
        Duration timeout = Duration.ofSeconds(30);
        long maxRetries = 3;
        Duration retryBackoff = Duration.ofSeconds(1);
        long requestsPerMinuteLimit = 300;
        long requestsBurst = 10;

        /** One setting by its flag name; {@code headers.NAME} adds a header. */
        void set(String key, String value) throws SecretException {
            switch (key) {
                case "urlTemplate" -> urlTemplate = value;
                case "method" -> method = value;
                case "responsePath" -> responsePath = value;
                case "timeout" -> timeout = duration("timeout", value);
                case "retryBackoff" -> retryBackoff = duration("retryBackoff", value);
                case "maxRetries" -> maxRetries = integer("maxRetries", value);
                case "requestsPerMinuteLimit" -> requestsPerMinuteLimit = integer("requestsPerMinuteLimit", value);
                case "requestsBurst" -> requestsBurst = integer("requestsBurst", value);
                default -> {
                    if (!key.startsWith("headers.")) {
                        throw new SecretException("unknown configuration key: \"" + key + "\"");
                    }
                    headers.put(key.substring("headers.".length()), value);
                }
            }
        }
    }

    static UrlConfig of(String arg, Map<String, String> env, Path workingDirectory) throws SecretException {
        Builder b = new Builder();
        Map<String, String> fromEnv = Map.of("K6_SECRET_SOURCE_URL_URL_TEMPLATE", "urlTemplate",
                "K6_SECRET_SOURCE_URL_METHOD", "method", "K6_SECRET_SOURCE_URL_RESPONSE_PATH", "responsePath",
                "K6_SECRET_SOURCE_URL_TIMEOUT", "timeout", "K6_SECRET_SOURCE_URL_MAX_RETRIES", "maxRetries",
                "K6_SECRET_SOURCE_URL_RETRY_BACKOFF", "retryBackoff",
                "K6_SECRET_SOURCE_URL_REQUESTS_PER_MINUTE_LIMIT", "requestsPerMinuteLimit",
                "K6_SECRET_SOURCE_URL_REQUESTS_BURST", "requestsBurst");
        for (Map.Entry<String, String> e : fromEnv.entrySet()) {
            String value = env.get(e.getKey());
            if (value != null && !value.isEmpty()) {
                b.set(e.getValue(), value);
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith("K6_SECRET_SOURCE_URL_HEADER_")) {
                b.headers.put(name.substring("K6_SECRET_SOURCE_URL_HEADER_".length()), value);
            }
        });
        if (!arg.isEmpty()) {
            Map<String, String> inline = new LinkedHashMap<>();
            for (String part : arg.split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new SecretException("invalid config format \"" + part + "\", expected key=value");
                }
                if (part.substring(0, eq).equals("config")) {
                    readFile(b, workingDirectory.resolve(part.substring(eq + 1)), part.substring(eq + 1));
                } else {
                    inline.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            for (Map.Entry<String, String> e : inline.entrySet()) {
                b.set(e.getKey(), e.getValue());
            }
        }
        validate(b);
        return new UrlConfig(b.urlTemplate, Map.copyOf(b.headers), b.method, b.responsePath, b.timeout, b.maxRetries,
                b.retryBackoff);
    }

    /** The JSON file's settings: strings, numbers, {@code "headers": {...}}. */
    private static void readFile(Builder b, Path file, String name) throws SecretException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SecretException("failed to open config file: open " + name + ": no such file or directory", e);
        } catch (IOException e) {
            throw new SecretException("failed to read config file: " + e.getMessage(), e);
        }
        try (JsonParser json = new JsonFactory().createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new SecretException("failed to parse JSON config: not an object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                JsonToken value = json.nextToken();
                if (key.equals("headers") && value == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String header = json.currentName();
                        json.nextToken();
                        b.headers.put(header, json.getText());
                    }
                } else if (value.isScalarValue()) {
                    b.set(key, json.getText());
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new SecretException("failed to parse JSON config: " + e.getMessage(), e);
        }
    }

    private static void validate(Builder b) throws SecretException {
        if (b.urlTemplate.isEmpty()) {
            throw new SecretException("urlTemplate is required");
        }
        if (!b.urlTemplate.contains("{key}")) {
            throw new SecretException("urlTemplate must contain {key} placeholder");
        }
        try {
            if (new URI(b.urlTemplate.replace("{key}", "test")).getScheme() == null) {
                throw new SecretException("urlTemplate must be an absolute URL with a scheme (e.g., https://...)");
            }
        } catch (URISyntaxException e) {
            throw new SecretException("urlTemplate is not a valid URL: " + e.getMessage(), e);
        }
        if (b.timeout.isNegative() || b.timeout.isZero()) {
            throw new SecretException("timeout must be greater than 0");
        }
        if (b.requestsPerMinuteLimit <= 0) {
            throw new SecretException("requestsPerMinuteLimit must be greater than 0");
        }
        if (b.requestsBurst <= 0) {
            throw new SecretException("requestsBurst must be greater than 0");
        }
        if (b.maxRetries < 0) {
            throw new SecretException("maxRetries must be non-negative");
        }
        if (b.retryBackoff.isNegative() || b.retryBackoff.isZero()) {
            throw new SecretException("retryBackoff must be greater than 0");
        }
    }

    private static Duration duration(String name, String value) throws SecretException {
        try {
            return GoDuration.parse(value);
        } catch (RuntimeException e) {
            throw new SecretException("invalid " + name + ": time: invalid duration \"" + value + "\"", e);
        }
    }

    private static long integer(String name, String value) throws SecretException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new SecretException("invalid " + name + ": expected integer", e);
        }
    }
}
