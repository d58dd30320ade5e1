package io.jk6.engine.js.webcrypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * A JSON Web Key (RFC 7517) as WebCrypto imports and exports it: string members such as
 * {@code kty}, {@code k}, {@code crv}, {@code x}, {@code n}, {@code d}, plus {@code ext} and
 * {@code key_ops}. Exported keys go to JS as JSON text, which the JS side parses into an object.
 */
final class Jwk {

    private static final List<String> STRINGS = List.of("kty", "alg", "k", "crv", "x", "y", "d", "n", "e", "p", "q",
            "dp", "dq", "qi");

    private final Map<String, String> members;

    private Jwk(Map<String, String> members) {
        this.members = members;
    }

    /** The string members of the object a script passed to {@code importKey('jwk', ...)}. */
    static Jwk read(Value object) {
        if (object == null || !object.hasMembers()) {
            throw WebCryptoError.data("invalid keyData format for JWK format: not an object");
        }
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : STRINGS) {
            Value v = object.getMember(name);
            if (v != null && v.isString()) {
                members.put(name, v.asString());
            }
        }
        Value ext = object.getMember("ext");
        if (ext != null && ext.isBoolean()) {
            members.put("ext", Boolean.toString(ext.asBoolean()));
        }
        return new Jwk(members);
    }

    static Jwk of(String kty) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("kty", kty);
        return new Jwk(members);
    }

    /** The member, or null. */
    String get(String name) {
        return members.get(name);
    }

    /** The member's bytes; DataError "invalid JWK: MEMBER is required" when it is missing. */
    byte[] bytes(String name, String what) {
        String text = members.get(name);
        if (text == null || text.isEmpty()) {
            throw WebCryptoError.data("invalid JWK: " + what + " (" + name + ") is required");
        }
        return Bytes.fromBase64Url(text, what);
    }

    void requireType(String kty) {
        if (!kty.equals(members.get("kty"))) {
            throw WebCryptoError.data("invalid JWK: invalid key type: " + members.get("kty"));
        }
    }

    /** Refuses a key that says it is not extractable when the caller asks for an extractable one. */
    void checkExtractable(boolean extractable) {
        if (extractable && "false".equals(members.get("ext"))) {
            throw WebCryptoError.data("invalid JWK: ext is false but the key is to be extractable");
        }
    }

    Jwk put(String name, String value) {
        members.put(name, value);
        return this;
    }

    Jwk put(String name, byte[] value) {
        return put(name, Bytes.base64Url(value));
    }

    /** The key as JSON, with {@code ext} and {@code key_ops} of the exported key. */
    String json(boolean extractable, List<String> usages) {
        StringBuilder out = new StringBuilder("{");
        members.forEach((name, value) -> out.append('"').append(name).append("\":\"").append(value).append("\","));
        out.append("\"ext\":").append(extractable).append(",\"key_ops\":[");
        for (int i = 0; i < usages.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"").append(usages.get(i)).append('"');
        }
        return out.append("]}").toString();
    }
}
