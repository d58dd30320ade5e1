package io.jk6.engine.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * k6's {@code url} source: each secret from an HTTP endpoint, {@code urlTemplate} with {@code {key}} in it,
 * the value the whole body or the string at {@code responsePath} of a JSON body; configured from
 * {@code K6_SECRET_SOURCE_URL_*}, then a {@code config=FILE} JSON file, then the flag's {@code key=value}s
 * (see {@link UrlConfig}). Retries as k6: transport errors, 5xx and 429, after {@code retryBackoff^attempt}
 * seconds. k6's request rate limit (300/min, burst 10) is not applied: each secret is fetched once per run.
 */
final class UrlSecretSource implements SecretSource {

    private static final int MAX_SECRET_SIZE = 24 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private final UrlConfig config;
    private final HttpClient client;

    private UrlSecretSource(UrlConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    static UrlSecretSource of(String arg, Map<String, String> env, Path workingDirectory) throws SecretException {
        try {
            return new UrlSecretSource(UrlConfig.of(arg, env, workingDirectory));
        } catch (SecretException e) {
            throw new SecretException("missing or invalid config: " + e.getMessage(), e);
        }
    }

    @Override
    public String get(String key) throws SecretException {
        SecretException last = null;
        for (int attempt = 0; attempt <= config.maxRetries(); attempt++) {
            if (attempt > 0) {
                sleep(Duration.ofSeconds((long) Math.pow(config.retryBackoff().toMillis() / 1000.0, attempt)));
            }
            HttpResponse<byte[]> response;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.urlTemplate().replace("{key}", key)))
                        .timeout(config.timeout()).method(config.method(), HttpRequest.BodyPublishers.noBody());
                config.headers().forEach(request::header);
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | IllegalArgumentException e) {
                last = new SecretException("failed to get secret: " + e.getMessage(), e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SecretException("context canceled", e);
            }
            int status = response.statusCode();
            if (status != 200) {
                last = new SecretException("status code " + status + ": failed to get secret");
                if (status >= 500 || status == 429) {
                    continue;
                }
                throw last;
            }
            return extract(response.body());
        }
        throw last;
    }

    private String extract(byte[] body) throws SecretException {
        if (body.length > MAX_SECRET_SIZE) {
            throw new SecretException("failed to extract secret: secret response exceeds maximum size of "
                    + MAX_SECRET_SIZE + " bytes");
        }
        if (config.responsePath().isEmpty()) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try (JsonParser json = JSON.createParser(body)) {
            JsonToken found = find(json, config.responsePath().split("\\."), 0);
            if (found == null) {
                throw new SecretException("failed to extract secret: path \"" + config.responsePath() + "\" not found in response");
            }
            if (found != JsonToken.VALUE_STRING) {
                throw new SecretException("failed to extract secret: secret value at path \"" + config.responsePath()
                        + "\" is not a string (got " + gjsonType(found) + ")");
            }
            return json.getText();
        } catch (IOException e) {
            throw new SecretException("failed to extract secret: path \"" + config.responsePath() + "\" not found in response", e);
        }
    }

    /** Moves the parser to the value at {@code path} (object keys, gjson's dotted form); its token, or null. */
    private static JsonToken find(JsonParser json, String[] path, int depth) throws IOException {
        JsonToken token = json.nextToken();
        if (depth == path.length) {
            return token;
        }
        if (token != JsonToken.START_OBJECT) {
            return null;
        }
        while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
            if (json.currentName().equals(path[depth])) {
                return find(json, path, depth + 1);
            }
            json.nextToken();
            json.skipChildren();
        }
        return null;
    }

    private static String gjsonType(JsonToken token) {
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "Number";
            case VALUE_TRUE -> "True";
            case VALUE_FALSE -> "False";
            case VALUE_NULL -> "Null";
            default -> "JSON";
        };
    }

    private static void sleep(Duration wait) throws SecretException {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecretException("context canceled", e);
        }
    }
}
