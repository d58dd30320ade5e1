package io.jk6.engine.js.webcrypto;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The algorithm names WebCrypto knows and, per operation, the ones jk6 implements: k6's table
 * (its {@code isRegisteredAlgorithm}), plus HKDF. A name is matched case-insensitively and
 * comes back in its registered spelling ({@code rsassa-pkcs1-v1_5} is {@code RSASSA-PKCS1-v1_5}).
 */
final class Algorithms {

    static final String AES_CBC = "AES-CBC";
    static final String AES_CTR = "AES-CTR";
    static final String AES_GCM = "AES-GCM";
    static final String AES_KW = "AES-KW";
    static final String HMAC = "HMAC";
    static final String ECDSA = "ECDSA";
    static final String ECDH = "ECDH";
    static final String RSASSA_PKCS1_V1_5 = "RSASSA-PKCS1-v1_5";
    static final String RSA_PSS = "RSA-PSS";
    static final String RSA_OAEP = "RSA-OAEP";
    static final String PBKDF2 = "PBKDF2";
    static final String HKDF = "HKDF";

    static final Set<String> AES = Set.of(AES_CBC, AES_CTR, AES_GCM, AES_KW);
    static final Set<String> RSA = Set.of(RSASSA_PKCS1_V1_5, RSA_PSS, RSA_OAEP);
    static final Set<String> EC = Set.of(ECDSA, ECDH);
    static final Set<String> HASHES = Set.of("SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private static final Set<String> KEYS = union(AES, RSA, EC, Set.of(HMAC));
    private static final Map<String, Set<String>> BY_OPERATION = Map.ofEntries(
            Map.entry("digest", HASHES),
            Map.entry("generateKey", KEYS),
            Map.entry("importKey", union(KEYS, Set.of(PBKDF2, HKDF))),
            Map.entry("exportKey", KEYS),
            Map.entry("encrypt", Set.of(AES_CBC, AES_CTR, AES_GCM, RSA_OAEP)),
            Map.entry("decrypt", Set.of(AES_CBC, AES_CTR, AES_GCM, RSA_OAEP)),
            Map.entry("sign", Set.of(HMAC, ECDSA, RSA_PSS, RSASSA_PKCS1_V1_5)),
            Map.entry("verify", Set.of(HMAC, ECDSA, RSA_PSS, RSASSA_PKCS1_V1_5)),
            Map.entry("deriveBits", Set.of(PBKDF2, ECDH, HKDF)),
            Map.entry("deriveKey", Set.of(PBKDF2, ECDH, HKDF)),
            Map.entry("get key length", union(AES, Set.of(HMAC))));

    private Algorithms() {
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Set.copyOf(java.util.stream.Stream.of(sets).flatMap(Set::stream).toList());
    }

    /** The registered spelling of {@code name}: upper case, except RSASSA-PKCS1-v1_5. */
    static String canonical(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("RSASSA-PKCS1-V1_5") ? RSASSA_PKCS1_V1_5 : upper;
    }

    /**
     * The registered name for {@code operation}, as WebCrypto's "normalize an algorithm".
     *
     * @throws WebCryptoError NotSupportedError with k6's message when the operation has no such algorithm
     */
    static String registered(String name, String operation) {
        String canonical = canonical(name);
        if (!BY_OPERATION.getOrDefault(operation, Set.of()).contains(canonical)) {
            throw WebCryptoError.notSupported(
                    "algorithm \"" + canonical + "\" doesn't support (in implementation) operation \"" + operation + "\"");
        }
        return canonical;
    }

    /** The hash name a hash parameter names, or NotSupportedError as k6. */
    static String hash(String name) {
        String canonical = canonical(name);
        if (!HASHES.contains(canonical)) {
            throw WebCryptoError.notSupported("hash algorithm is not supported " + name);
        }
        return canonical;
    }

    /** {@code SHA256} for {@code SHA-256}: the part of JCA names such as {@code HmacSHA256}. */
    static String jcaHash(String hash) {
        return hash.replace("-", "");
    }

    /** The output length of a hash, in bytes. */
    static int hashLength(String hash) {
        return switch (hash) {
            case "SHA-1" -> 20;
            case "SHA-256" -> 32;
            case "SHA-384" -> 48;
            default -> 64;
        };
    }

    /** The usages the key of an algorithm may have. */
    static List<String> allowedUsages(String algorithm, String type) {
        return switch (algorithm) {
            case AES_CBC, AES_CTR, AES_GCM -> List.of("encrypt", "decrypt", "wrapKey", "unwrapKey");
            case AES_KW -> List.of("wrapKey", "unwrapKey");
            case HMAC -> List.of("sign", "verify");
            case PBKDF2, HKDF -> List.of("deriveKey", "deriveBits");
            case ECDH -> type.equals("public") ? List.of() : List.of("deriveKey", "deriveBits");
            case RSA_OAEP -> type.equals("public") ? List.of("encrypt", "wrapKey")
                    : type.equals("private") ? List.of("decrypt", "unwrapKey")
                    : List.of("encrypt", "decrypt", "wrapKey", "unwrapKey");
            default -> type.equals("public") ? List.of("verify")
                    : type.equals("private") ? List.of("sign") : List.of("sign", "verify");
        };
    }
}
