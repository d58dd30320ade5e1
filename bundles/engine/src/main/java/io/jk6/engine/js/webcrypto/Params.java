package io.jk6.engine.js.webcrypto;

import org.graalvm.polyglot.Value;

/**
 * An algorithm parameter as a script passed it ({@code 'SHA-256'} or {@code {name: 'AES-GCM', iv}}),
 * normalized for one operation. The JS side hands over a plain copy whose binary members are
 * Int8Arrays and whose CryptoKey members are their handles. Read on the VU's thread only.
 */
final class Params {

    private final String name;
    private final Value value;

    private Params(String name, Value value) {
        this.name = name;
        this.value = value;
    }

    /** Normalizes {@code algorithm} for {@code operation}, as WebCrypto's "normalize an algorithm". */
    static Params of(Value algorithm, String operation) {
        Value name = algorithm != null && algorithm.hasMembers() ? algorithm.getMember("name") : algorithm;
        if (name == null || !name.isString()) {
            throw WebCryptoError.syntax("algorithm cannot be interpreted as a string or an object");
        }
        return new Params(Algorithms.registered(name.asString(), operation),
                algorithm.hasMembers() ? algorithm : null);
    }

    String name() {
        return name;
    }

    /** The member, or null when it is missing, null or undefined. */
    Value member(String member) {
        Value v = value == null ? null : value.getMember(member);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String member) {
        return member(member) != null;
    }

    /** An integer member; {@code SyntaxError} "could not get MEMBER from algorithm parameter" when missing. */
    int integer(String member) {
        Value v = member(member);
        double number = v == null ? Double.NaN : v.isNumber() ? v.asDouble() : v.isString() ? parse(v.asString()) : Double.NaN;
        if (Double.isNaN(number)) {
            throw WebCryptoError.syntax("could not get " + member + " from algorithm parameter");
        }
        return (int) number; // WebIDL's integer conversion: {length: "256"} is 256, as in k6
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    int integer(String member, int absent) {
        return has(member) ? integer(member) : absent;
    }

    /** A binary member (BufferSource); {@code SyntaxError} when missing. */
    byte[] bytes(String member) {
        Value v = member(member);
        if (v == null) {
            throw WebCryptoError.syntax("could not get " + member + " from algorithm parameter");
        }
        return Bytes.of(v, member);
    }

    byte[] bytes(String member, byte[] absent) {
        return has(member) ? bytes(member) : absent;
    }

    String string(String member) {
        Value v = member(member);
        if (v == null || !v.isString()) {
            throw WebCryptoError.syntax("could not get " + member + " from algorithm parameter");
        }
        return v.asString();
    }

    /** The {@code hash} member ({@code 'SHA-256'} or {@code {name: 'SHA-256'}}), normalized. */
    String hash() {
        Value v = member("hash");
        if (v == null) {
            throw WebCryptoError.syntax("could not get hash from algorithm parameter");
        }
        Value hashName = v.hasMembers() ? v.getMember("name") : v;
        if (hashName == null || !hashName.isString()) {
            throw WebCryptoError.type("hash name is null or undefined");
        }
        return Algorithms.hash(hashName.asString());
    }

    /** A CryptoKey member ({@code public} of ECDH); {@code TypeError} when it is not a key. */
    CryptoKey key(String member) {
        return Bytes.key(member(member), "algorithm's " + member + " is not a valid CryptoKey");
    }
}
