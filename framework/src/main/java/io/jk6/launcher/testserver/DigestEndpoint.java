package io.jk6.launcher.testserver;

import com.sun.net.httpserver.HttpExchange;
import io.jk6.support.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * httpbin's {@code /digest-auth/{qop}/{user}/{pass}[/{algorithm}]} (k6's examples call it): a
 * request without digest credentials gets 401 and a {@code WWW-Authenticate: Digest} challenge
 * (qop {@code auth}, or none for {@code qop} "none"; MD5 unless {@code algorithm} says SHA-256);
 * one whose {@code Authorization} answers a challenge of this server with the right password
 * gets 200 and {@code {"authenticated":true,"user":...}}. Written from RFC 7616, apart from the
 * client's implementation, so that each checks the other.
 */
final class DigestEndpoint {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");
    private static final String REALM = "jk6@127.0.0.1";
    private static final String OPAQUE = "7d1e0f4c";

    private DigestEndpoint() {
    }

    static void handle(HttpExchange exchange, String rest) throws IOException {
        String[] parts = rest.split("/");
        if (parts.length < 3) {
            send(exchange, 404, "{\"error\":\"use /digest-auth/{qop}/{user}/{pass}[/{algorithm}]\"}");
            return;
        }
        String qop = parts[0].equals("none") ? null : parts[0];
        String user = parts[1];
        String password = parts[2];
        String algorithm = parts.length > 3 ? parts[3] : "MD5";
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Digest ")
                && valid(fields(authorization.substring(7)), exchange, qop, user, password, algorithm)) {
            send(exchange, 200, "{\"authenticated\":true,\"user\":" + JsonString.quote(user) + "}");
            return;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Digest realm=\"" + REALM + "\", nonce=\""
                + UUID.randomUUID() + "\", opaque=\"" + OPAQUE + "\", algorithm=" + algorithm
                + (qop == null ? "" : ", qop=\"" + qop + "\""));
        send(exchange, 401, "{\"authenticated\":false}");
    }

    private static boolean valid(Map<String, String> f, HttpExchange exchange, String qop, String user,
            String password, String algorithm) {
        String hash = algorithm.toUpperCase(Locale.ROOT).startsWith("SHA-256") ? "SHA-256" : "MD5";
        String nonce = f.getOrDefault("nonce", "");
        if (!user.equals(f.get("username")) || !REALM.equals(f.get("realm")) || !OPAQUE.equals(f.get("opaque"))
                || !exchange.getRequestURI().toString().equals(f.get("uri"))) {
            return false;
        }
        String ha1 = h(hash, user + ":" + REALM + ":" + password);
        if (algorithm.toUpperCase(Locale.ROOT).endsWith("-SESS")) {
            ha1 = h(hash, ha1 + ":" + nonce + ":" + f.get("cnonce"));
        }
        String ha2 = h(hash, exchange.getRequestMethod() + ":" + f.get("uri"));
        String expected = qop == null ? h(hash, ha1 + ":" + nonce + ":" + ha2)
                : h(hash, String.join(":", ha1, nonce, f.get("nc"), f.get("cnonce"), f.get("qop"), ha2));
        return expected.equals(f.get("response"));
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return fields;
    }

    private static String h(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
