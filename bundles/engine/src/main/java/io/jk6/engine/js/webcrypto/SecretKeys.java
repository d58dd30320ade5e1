package io.jk6.engine.js.webcrypto;

import java.security.SecureRandom;
import java.util.List;

/**
 * Secret keys: AES (CBC, CTR, GCM, KW) and HMAC keys generated, imported and exported as
 * {@code raw} bytes or {@code jwk} ({@code kty: "oct"}), and the PBKDF2 and HKDF base keys
 * (imported from raw bytes only, never extractable).
 */
final class SecretKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeys() {
    }

    static CryptoKey generateAes(String name, int bits, boolean extractable, List<String> usages) {
        Usages.check(name, CryptoKey.SECRET, usages);
        if (bits != 128 && bits != 192 && bits != 256) {
            throw WebCryptoError.operation("invalid key length");
        }
        return new CryptoKey(CryptoKey.SECRET, extractable, KeyAlgorithm.aes(name, bits), usages, random(bits / 8));
    }

    static CryptoKey generateHmac(String hash, int bits, boolean extractable, List<String> usages) {
        Usages.check(Algorithms.HMAC, CryptoKey.SECRET, usages);
        int length = bits < 0 ? blockBits(hash) : bits;
        if (length == 0) {
            throw WebCryptoError.operation("algorithm's length cannot be 0");
        }
        byte[] key = random((length + 7) / 8);
        return new CryptoKey(CryptoKey.SECRET, extractable, KeyAlgorithm.hmac(hash, length), usages, key);
    }

    /** The HMAC key length WebCrypto chooses when none is given: the hash's block size. */
    static int blockBits(String hash) {
        return hash.equals("SHA-384") || hash.equals("SHA-512") ? 1024 : 512;
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return key;
    }

    static CryptoKey importAes(String name, String format, byte[] raw, Jwk jwk, boolean extractable,
            List<String> usages) {
        Usages.check(name, CryptoKey.SECRET, usages);
        byte[] key = switch (format) {
            case "raw" -> raw;
            case "jwk" -> octets(jwk, extractable);
            default -> throw WebCryptoError.notSupported("unsupported key format " + format);
        };
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw WebCryptoError.data("invalid key length " + key.length + " bytes");
        }
        if (jwk != null && jwk.get("alg") != null && !jwk.get("alg").equals(aesJwkAlg(name, key.length * 8))) {
            throw WebCryptoError.data("invalid JWK: alg " + jwk.get("alg") + " does not match " + name);
        }
        return new CryptoKey(CryptoKey.SECRET, extractable, KeyAlgorithm.aes(name, key.length * 8), usages, key);
    }

    static CryptoKey importHmac(String hash, int bits, String format, byte[] raw, Jwk jwk, boolean extractable,
            List<String> usages) {
        Usages.check(Algorithms.HMAC, CryptoKey.SECRET, usages);
        byte[] key = switch (format) {
            case "raw" -> raw;
            case "jwk" -> octets(jwk, extractable);
            default -> throw WebCryptoError.notSupported("unsupported key format " + format);
        };
        if (key.length == 0) {
            throw WebCryptoError.data("key length cannot be 0");
        }
        if (bits >= 0 && (bits > key.length * 8 || bits <= key.length * 8 - 8)) {
            throw WebCryptoError.data("key length cannot be different from the length of the imported data");
        }
        if (jwk != null && jwk.get("alg") != null && !jwk.get("alg").equals(hmacJwkAlg(hash))) {
            throw WebCryptoError.data("invalid JWK: alg " + jwk.get("alg") + " does not match HMAC with " + hash);
        }
        int length = bits >= 0 ? bits : key.length * 8;
        return new CryptoKey(CryptoKey.SECRET, extractable, KeyAlgorithm.hmac(hash, length), usages, key);
    }

    /** A PBKDF2 or HKDF base key: raw bytes, for deriveBits and deriveKey, never extractable. */
    static CryptoKey importKdf(String name, String format, byte[] raw, boolean extractable, List<String> usages) {
        if (!format.equals("raw")) {
            throw WebCryptoError.notSupported("invalid format: " + format);
        }
        Usages.check(name, CryptoKey.SECRET, usages);
        if (extractable) {
            throw WebCryptoError.syntax("invalid value for param extractable ");
        }
        return new CryptoKey(CryptoKey.SECRET, false, KeyAlgorithm.named(name), usages, raw);
    }

    private static byte[] octets(Jwk jwk, boolean extractable) {
        jwk.requireType("oct");
        jwk.checkExtractable(extractable);
        return jwk.bytes("k", "key");
    }

    /** {@code raw} bytes or a {@code jwk}'s JSON. */
    static Object export(CryptoKey key, String format) {
        String name = key.algorithm().name();
        byte[] bytes = key.secret();
        return switch (format) {
            case "raw" -> bytes;
            case "jwk" -> Jwk.of("oct").put("k", bytes)
                    .put("alg", name.equals(Algorithms.HMAC) ? hmacJwkAlg(key.algorithm().hash())
                            : aesJwkAlg(name, bytes.length * 8))
                    .json(key.extractable(), key.usages());
            default -> throw WebCryptoError.notSupported("unsupported key format " + format);
        };
    }

    /** {@code A256GCM}, {@code A128CBC}, {@code A192CTR}, {@code A256KW}. */
    private static String aesJwkAlg(String name, int bits) {
        return "A" + bits + name.substring(4);
    }

    /** {@code HS256} for SHA-256, {@code HS1} for SHA-1. */
    private static String hmacJwkAlg(String hash) {
        return "HS" + hash.substring(4);
    }
}
