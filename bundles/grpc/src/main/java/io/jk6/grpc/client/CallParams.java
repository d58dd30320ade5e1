package io.jk6.grpc.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.jk6.support.GoDuration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The params of {@code invoke}, {@code asyncInvoke} and {@code new Stream}, as k6 reads them: metadata (string
 * values), tags, timeout (a Go duration or milliseconds; zero means k6's default), discardResponseMessage.
 * Another key is k6's error.
 */
public record CallParams(Map<String, String> metadata, Map<String, String> tags, Duration timeout,
        boolean discardResponseMessage) {

    public static CallParams of(JsonObject params) {
        Map<String, String> metadata = Map.of();
        Map<String, String> tags = new LinkedHashMap<>();
        Duration timeout = Duration.ZERO;
        boolean discard = false;
        if (params != null) {
            for (Map.Entry<String, JsonElement> entry : params.entrySet()) {
                JsonElement v = entry.getValue();
                switch (entry.getKey()) {
                    case "metadata" -> metadata = metadata("metadata", v);
                    case "tags" -> {
                        if (v.isJsonObject()) {
                            v.getAsJsonObject().entrySet().forEach(t -> tags.put(t.getKey(),
                                    t.getValue().isJsonPrimitive() ? t.getValue().getAsString()
                                            : t.getValue().toString()));
                        }
                    }
                    case "timeout" -> timeout = duration(v);
                    case "discardResponseMessage" -> discard = v.isJsonPrimitive() && v.getAsBoolean();
                    default -> throw new IllegalArgumentException("unknown param: \"" + entry.getKey() + "\"");
                }
            }
        }
        return new CallParams(metadata, Map.copyOf(tags), timeout, discard);
    }

    /** A Go duration text, or a number of milliseconds, as k6's {@code types.GetDurationValue}. */
    static Duration duration(JsonElement v) {
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            return GoDuration.ofMillis(v.getAsDouble());
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            try {
                return GoDuration.parse(v.getAsString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid timeout value: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("invalid timeout value: unable to use type " + v + " as a duration value");
    }

    static Map<String, String> metadata(String name, JsonElement v) {
        if (v == null || v.isJsonNull()) {
            return Map.of();
        }
        if (!v.isJsonObject()) {
            throw new IllegalArgumentException("invalid " + name + " param: must be an object with key-value pairs");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : v.getAsJsonObject().entrySet()) {
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new IllegalArgumentException("invalid " + name + " param: \"" + entry.getKey()
                        + "\" value must be a string");
            }
            out.put(entry.getKey(), value.getAsString());
        }
        return out;
    }
}
