package io.jk6.engine.js.webcrypto;

import java.security.Key;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.graalvm.polyglot.proxy.Proxy;

/**
 * A WebCrypto key as jk6 holds it: the attributes scripts read ({@code type},
 * {@code extractable}, {@code algorithm}, {@code usages}) and the key material, the raw bytes of
 * a secret key or a JCA {@link Key} for public and private keys (a {@link KeyPair} for private EC
 * keys, whose JWK holds the public point). Scripts get a JS
 * {@code CryptoKey} whose hidden handle is this object (an opaque {@link Proxy}: nothing of it is
 * visible from JS).
 */
final class CryptoKey implements Proxy {

    static final String SECRET = "secret";
    static final String PUBLIC = "public";
    static final String PRIVATE = "private";

    private final String type;
    private final boolean extractable;
    private final KeyAlgorithm algorithm;
    private final List<String> usages;
    private final Object material;

    CryptoKey(String type, boolean extractable, KeyAlgorithm algorithm, List<String> usages, Object material) {
        this.type = type;
        this.extractable = extractable;
        this.algorithm = algorithm;
        this.usages = List.copyOf(usages);
        this.material = material;
    }

    String type() {
        return type;
    }

    boolean extractable() {
        return extractable;
    }

    KeyAlgorithm algorithm() {
        return algorithm;
    }

    List<String> usages() {
        return usages;
    }

    /** The bytes of a secret key. */
    byte[] secret() {
        return ((byte[]) material).clone();
    }

    /** The JCA key of a public or private key. */
    Key key() {
        return material instanceof KeyPair pair ? pair.getPrivate() : (Key) material;
    }

    /** The public half kept with a private EC key (JWK export needs its point), or null. */
    PublicKey publicHalf() {
        return material instanceof KeyPair pair ? pair.getPublic() : null;
    }

    /** The same key with the usages and extractability a caller asked for. */
    CryptoKey with(boolean extractable, List<String> usages) {
        return new CryptoKey(type, extractable, algorithm, usages, material);
    }

    void requireType(String expected, String what) {
        if (!type.equals(expected)) {
            throw WebCryptoError.invalidAccess("given CryptoKey is not a " + expected + " " + what + " key, it's a "
                    + type + " key");
        }
    }
}
