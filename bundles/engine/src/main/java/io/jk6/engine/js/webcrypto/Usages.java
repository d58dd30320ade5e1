package io.jk6.engine.js.webcrypto;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/** Key usages: read from a script's array, checked against what an algorithm's keys may do. */
final class Usages {

    static final List<String> ALL = List.of("encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits",
            "wrapKey", "unwrapKey");

    private Usages() {
    }

    /** The usages of a script's array; TypeError for a value that is no usage, as WebIDL's enum. */
    static List<String> read(Value array) {
        if (array == null || !array.hasArrayElements()) {
            throw WebCryptoError.type("keyUsages must be an array of strings");
        }
        List<String> usages = new ArrayList<>();
        for (long i = 0; i < array.getArraySize(); i++) {
            Value usage = array.getArrayElement(i);
            String text = usage.isString() ? usage.asString() : String.valueOf(usage);
            if (!ALL.contains(text)) {
                throw WebCryptoError.type("'" + text + "' is not a valid key usage");
            }
            usages.add(text);
        }
        return usages;
    }

    /** SyntaxError "invalid key usage: X" when a key of this algorithm and type cannot do X. */
    static void check(String algorithm, String type, List<String> requested) {
        List<String> allowed = Algorithms.allowedUsages(algorithm, type);
        for (String usage : requested) {
            if (!allowed.contains(usage)) {
                throw WebCryptoError.syntax("invalid key usage: " + usage);
            }
        }
    }

    /** The usages of {@code requested} a key of this type can have, in the order asked, without repeats. */
    static List<String> intersection(String algorithm, String type, List<String> requested) {
        List<String> allowed = Algorithms.allowedUsages(algorithm, type);
        return requested.stream().filter(allowed::contains).distinct().toList();
    }

    /** k6's SyntaxError for a secret or private key with no usage. */
    static CryptoKey requireSome(CryptoKey key) {
        if (!key.type().equals(CryptoKey.PUBLIC) && key.usages().isEmpty()) {
            throw WebCryptoError.syntax("usages cannot not be empty for a secret or private CryptoKey");
        }
        return key;
    }
}
