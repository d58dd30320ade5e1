package io.jk6.http.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP digest authentication (RFC 7616; {@code auth: 'digest'} in k6): the {@code Authorization}
 * header answering a server's {@code WWW-Authenticate: Digest ...} challenge, with MD5 or SHA-256
 * (and their {@code -sess} forms) and {@code qop=auth} or no qop. As k6 does, every request makes
 * the challenge again (no nonce is kept between requests).
 */
public final class DigestAuth {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private DigestAuth() {
    }

    /**
     * The Authorization header for a request, or null when {@code challenge} is no digest
     * challenge this class can answer (another scheme, an unknown algorithm, {@code auth-int} only).
     *
     * @param challenge  the response's {@code WWW-Authenticate} value
     * @param requestUri the request's path and query, as sent
     */
    public static String authorization(String challenge, String method, String requestUri, String user,
            String password) {
        if (challenge == null || !challenge.regionMatches(true, 0, "Digest ", 0, 7)) {
            return null;
        }
        Map<String, String> fields = fields(challenge.substring(7));
        String realm = fields.getOrDefault("realm", "");
        String nonce = fields.get("nonce");
        String algorithm = fields.getOrDefault("algorithm", "MD5");
        String hashName = switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> null;
        };
        if (nonce == null || hashName == null) {
            return null;
        }
        String qop = null;
        if (fields.containsKey("qop")) {
            for (String offered : fields.get("qop").split(",")) {
                if (offered.trim().equalsIgnoreCase("auth")) {
                    qop = "auth";
                }
            }
            if (qop == null) {
                return null; // auth-int only: the body's hash, which k6's client does not send either
            }
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String cnonce = HEX.formatHex(random);
        String nc = "00000001";
        String ha1 = hash(hashName, user + ":" + realm + ":" + password);
        if (algorithm.toUpperCase(Locale.ROOT).endsWith("-SESS")) {
            ha1 = hash(hashName, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(hashName, method + ":" + requestUri);
        String response = qop == null ? hash(hashName, ha1 + ":" + nonce + ":" + ha2)
                : hash(hashName, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        StringBuilder header = new StringBuilder("Digest ")
                .append("username=\"").append(user).append("\", realm=\"").append(realm)
                .append("\", nonce=\"").append(nonce).append("\", uri=\"").append(requestUri)
                .append("\", algorithm=").append(algorithm).append(", response=\"").append(response).append('"');
        if (qop != null) {
            header.append(", qop=").append(qop).append(", nc=").append(nc).append(", cnonce=\"").append(cnonce)
                    .append('"');
        }
        if (fields.containsKey("opaque")) {
            header.append(", opaque=\"").append(fields.get("opaque")).append('"');
        }
        return header.toString();
    }

    /** {@code H(text)} in lower-case hex, as RFC 7616 writes it. */
    public static String hash(String algorithm, String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** The {@code name=value} and {@code name="value"} pairs of a challenge, names in lower case. */
    public static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i));
                }
                i++; // the closing quote
            } else {
                for (; i < text.length() && text.charAt(i) != ','; i++) {
                    value.append(text.charAt(i));
                }
            }
            fields.put(name, value.toString().trim());
        }
        return fields;
    }
}
