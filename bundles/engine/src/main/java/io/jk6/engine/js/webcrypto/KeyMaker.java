package io.jk6.engine.js.webcrypto;

import java.util.List;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Value;

/**
 * {@code generateKey}, {@code importKey}, {@code exportKey} and {@code deriveKey}: reads the
 * parameters of each algorithm family on the VU's thread and returns the work, which
 * {@link SecretKeys}, {@link EcKeys} and {@link RsaKeys} do.
 */
final class KeyMaker {

    private static final List<String> FORMATS = List.of("raw", "pkcs8", "spki", "jwk");

    private KeyMaker() {
    }

    static Callable<Object> generate(Params params, boolean extractable, List<String> usages) {
        String name = params.name();
        if (Algorithms.AES.contains(name)) {
            int length = params.integer("length");
            return () -> Usages.requireSome(SecretKeys.generateAes(name, length, extractable, usages));
        }
        if (name.equals(Algorithms.HMAC)) {
            String hash = params.hash();
            int length = params.integer("length", -1);
            return () -> Usages.requireSome(SecretKeys.generateHmac(hash, length, extractable, usages));
        }
        if (Algorithms.EC.contains(name)) {
            String curve = params.string("namedCurve");
            return () -> EcKeys.generate(name, curve, extractable, usages);
        }
        int modulusLength = params.integer("modulusLength");
        byte[] exponent = params.bytes("publicExponent");
        String hash = params.hash();
        return () -> RsaKeys.generate(name, hash, modulusLength, exponent, extractable, usages);
    }

    static Callable<Object> importKey(String format, Value keyData, Params params, boolean extractable,
            List<String> usages) {
        if (!FORMATS.contains(format)) {
            throw WebCryptoError.type("unsupported format " + format);
        }
        byte[] data = format.equals("jwk") ? null : Bytes.of(keyData, "keyData");
        Jwk jwk = format.equals("jwk") ? Jwk.read(keyData) : null;
        String name = params.name();
        if (Algorithms.AES.contains(name)) {
            return () -> Usages.requireSome(SecretKeys.importAes(name, format, data, jwk, extractable, usages));
        }
        if (name.equals(Algorithms.HMAC)) {
            String hash = params.hash();
            int length = params.integer("length", -1);
            return () -> Usages.requireSome(
                    SecretKeys.importHmac(hash, length, format, data, jwk, extractable, usages));
        }
        if (name.equals(Algorithms.PBKDF2) || name.equals(Algorithms.HKDF)) {
            return () -> Usages.requireSome(SecretKeys.importKdf(name, format, data, extractable, usages));
        }
        if (Algorithms.EC.contains(name)) {
            String curve = params.string("namedCurve");
            return () -> Usages.requireSome(EcKeys.importKey(name, curve, format, data, jwk, extractable, usages));
        }
        String hash = params.hash();
        return () -> Usages.requireSome(RsaKeys.importKey(name, hash, format, data, jwk, extractable, usages));
    }

    static Callable<Object> export(String format, CryptoKey key) {
        if (!FORMATS.contains(format)) {
            throw WebCryptoError.type("unsupported format " + format);
        }
        String name = key.algorithm().name();
        if (name.equals(Algorithms.PBKDF2) || name.equals(Algorithms.HKDF)) {
            throw WebCryptoError.notSupported("unsupported algorithm " + name);
        }
        if (!key.extractable()) {
            throw WebCryptoError.invalidAccess("the key is not extractable");
        }
        if (Algorithms.EC.contains(name)) {
            return () -> EcKeys.export(key, format);
        }
        if (Algorithms.RSA.contains(name)) {
            return () -> RsaKeys.export(key, format);
        }
        return () -> SecretKeys.export(key, format);
    }

    /** deriveBits of the derived key's length, imported as an AES or HMAC key. */
    static Callable<Object> derive(Params params, CryptoKey base, Value derivedKeyType, boolean extractable,
            List<String> usages) {
        Deriver deriver = Deriver.of(params);
        deriver.checkBaseKey(base, "deriveKey");
        Params derived = Params.of(derivedKeyType, "importKey");
        String name = derived.name();
        if (!Algorithms.AES.contains(name) && !name.equals(Algorithms.HMAC)) {
            throw WebCryptoError.notSupported("derive key function doesn't support algorithm " + name);
        }
        if (Algorithms.AES.contains(name)) {
            int bits = derived.integer("length");
            if (bits != 128 && bits != 192 && bits != 256) {
                throw WebCryptoError.operation("invalid key length");
            }
            return () -> Usages.requireSome(
                    SecretKeys.importAes(name, "raw", deriver.derive(base, bits), null, extractable, usages));
        }
        String hash = derived.hash();
        int length = derived.integer("length", -1);
        int bits = length < 0 ? SecretKeys.blockBits(hash) : length;
        if (bits == 0 || bits % 8 != 0) {
            throw WebCryptoError.operation("currently only multiples of 8 are supported for length");
        }
        return () -> Usages.requireSome(
                SecretKeys.importHmac(hash, bits, "raw", deriver.derive(base, bits), null, extractable, usages));
    }
}
