package io.jk6.grpc.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code client.connect(address, params)}'s params, checked as k6 checks them (its error texts): plaintext,
 * timeout (a Go duration or milliseconds; 60 s), reflect, reflectMetadata, maxReceiveSize, maxSendSize, tls.
 */
public record ConnectParams(boolean plaintext, Duration timeout, boolean reflect, Map<String, String> reflectMetadata,
        long maxReceiveSize, long maxSendSize, String cert, String key, String password, List<String> cacerts) {

    public static ConnectParams of(JsonObject params) {
        boolean plaintext = false;
        boolean reflect = false;
        Duration timeout = Duration.ofMinutes(1);
        Map<String, String> reflectMetadata = Map.of();
        long maxReceive = 0;
        long maxSend = 0;
        String cert = null;
        String key = null;
        String password = null;
        List<String> cacerts = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : params == null ? Map.<String, JsonElement>of().entrySet()
                : params.entrySet()) {
            JsonElement v = entry.getValue();
            switch (entry.getKey()) {
                case "plaintext" -> plaintext = bool("plaintext", v);
                case "reflect" -> reflect = bool("reflect", v);
                case "timeout" -> timeout = CallParams.duration(v);
                case "reflectMetadata" -> reflectMetadata = CallParams.metadata("reflectMetadata", v);
                case "maxReceiveSize" -> maxReceive = size("maxReceiveSize", v);
                case "maxSendSize" -> maxSend = size("maxSendSize", v);
                case "tls" -> {
                    if (!v.isJsonObject()) {
                        throw new IllegalArgumentException("invalid tls value: '" + v
                                + "', expected (optional) keys: cert, key, password, and cacerts");
                    }
                    JsonObject tls = v.getAsJsonObject();
                    cert = string(tls, "cert");
                    key = string(tls, "key");
                    password = string(tls, "password");
                    JsonElement ca = tls.get("cacerts");
                    if (ca != null && ca.isJsonArray()) {
                        ca.getAsJsonArray().forEach(c -> cacerts.add(c.getAsString()));
                    } else if (ca != null && ca.isJsonPrimitive()) {
                        cacerts.add(ca.getAsString());
                    }
                }
                default -> throw new IllegalArgumentException("unknown connect param: \"" + entry.getKey() + "\"");
            }
        }
        return new ConnectParams(plaintext, timeout, reflect, reflectMetadata, maxReceive, maxSend, cert, key,
                password, List.copyOf(cacerts));
    }

    private static boolean bool(String name, JsonElement v) {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException("invalid " + name + " value: '" + v + "', it needs to be boolean");
        }
        return v.getAsBoolean();
    }

    private static long size(String name, JsonElement v) {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()
                || v.getAsDouble() != Math.rint(v.getAsDouble())) {
            throw new IllegalArgumentException("invalid " + name + " value: '" + v + "', it needs to be an integer");
        }
        if (v.getAsLong() < 0) {
            throw new IllegalArgumentException("invalid " + name + " value: '" + v
                    + ", it needs to be a positive integer");
        }
        return v.getAsLong();
    }

    private static String string(JsonObject tls, String name) {
        JsonElement v = tls.get(name);
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("invalid tls " + name + " value: '" + tls
                    + "', it needs to be a PEM formatted string");
        }
        return v.getAsString();
    }
}
