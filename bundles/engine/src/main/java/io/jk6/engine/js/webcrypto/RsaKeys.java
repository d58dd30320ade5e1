package io.jk6.engine.js.webcrypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP keys: generated as pairs, imported from {@code spki},
 * {@code pkcs8} and {@code jwk} and exported to the same.
 */
final class RsaKeys {

    private RsaKeys() {
    }

    static KeyPairResult generate(String name, String hash, int modulusLength, byte[] exponent, boolean extractable,
            List<String> usages) {
        BigInteger e = new BigInteger(1, exponent);
        if (!e.testBit(0)) {
            throw WebCryptoError.operation("invalid public exponent: public exponent is even");
        }
        if (e.compareTo(BigInteger.TWO) < 0) {
            throw WebCryptoError.operation("invalid public exponent: public exponent too small");
        }
        if (e.bitLength() > 31) {
            throw WebCryptoError.operation("invalid public exponent: public exponent too large");
        }
        if (usages.isEmpty()) {
            throw WebCryptoError.syntax("key usages cannot be empty");
        }
        Usages.check(name, "pair", usages);
        if (modulusLength < 512 || modulusLength > 16384) {
            throw WebCryptoError.operation("could not generate RSA key pair: modulusLength " + modulusLength
                    + " is out of range");
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(modulusLength, e));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException | IllegalArgumentException x) {
            throw WebCryptoError.operation("could not generate RSA key pair: " + x.getMessage());
        }
        KeyAlgorithm algorithm = algorithm(name, hash, (RSAPublicKey) pair.getPublic());
        return new KeyPairResult(
                new CryptoKey(CryptoKey.PRIVATE, extractable, algorithm,
                        Usages.intersection(name, CryptoKey.PRIVATE, usages), pair.getPrivate()),
                new CryptoKey(CryptoKey.PUBLIC, true, algorithm,
                        Usages.intersection(name, CryptoKey.PUBLIC, usages), pair.getPublic()));
    }

    private static KeyAlgorithm algorithm(String name, String hash, RSAKey key) {
        BigInteger e = key instanceof RSAPublicKey p ? p.getPublicExponent()
                : ((RSAPrivateCrtKey) key).getPublicExponent();
        return KeyAlgorithm.rsa(name, hash, key.getModulus().bitLength(), Bytes.unsigned(e));
    }

    static CryptoKey importKey(String name, String hash, String format, byte[] data, Jwk jwk, boolean extractable,
            List<String> usages) {
        java.security.Key key = switch (format) {
            case "spki" -> decode(() -> factory().generatePublic(new X509EncodedKeySpec(data)), "public");
            case "pkcs8" -> decode(() -> factory().generatePrivate(new PKCS8EncodedKeySpec(data)), "private");
            case "jwk" -> jwk(jwk, name, hash, extractable);
            default -> throw WebCryptoError.notSupported("unsupported key format " + format + " for algorithm " + name);
        };
        if (!(key instanceof RSAPublicKey) && !(key instanceof RSAPrivateCrtKey)) {
            throw WebCryptoError.data("the key data is not an RSA key with its CRT parameters");
        }
        String type = key instanceof RSAPublicKey ? CryptoKey.PUBLIC : CryptoKey.PRIVATE;
        Usages.check(name, type, usages);
        return new CryptoKey(type, extractable, algorithm(name, hash, (RSAKey) key), usages, key);
    }

    private interface KeyDecoder {
        java.security.Key decode() throws GeneralSecurityException;
    }

    private static java.security.Key decode(KeyDecoder decoder, String what) {
        try {
            return decoder.decode();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw WebCryptoError.data("unable to import RSA " + what + " key data", e);
        }
    }

    private static java.security.Key jwk(Jwk jwk, String name, String hash, boolean extractable) {
        jwk.requireType("RSA");
        jwk.checkExtractable(extractable);
        if (jwk.get("alg") != null && !jwk.get("alg").equals(jwkAlg(name, hash))) {
            throw WebCryptoError.data("invalid JWK: alg " + jwk.get("alg") + " does not match " + name + " with " + hash);
        }
        BigInteger n = new BigInteger(1, jwk.bytes("n", "modulus"));
        BigInteger e = new BigInteger(1, jwk.bytes("e", "exponent"));
        if (jwk.get("d") == null) {
            return decode(() -> factory().generatePublic(new RSAPublicKeySpec(n, e)), "public");
        }
        RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(n, e, new BigInteger(1, jwk.bytes("d", "private exponent")),
                new BigInteger(1, jwk.bytes("p", "first prime factor")),
                new BigInteger(1, jwk.bytes("q", "second prime factor")),
                new BigInteger(1, jwk.bytes("dp", "first exponent")),
                new BigInteger(1, jwk.bytes("dq", "second exponent")),
                new BigInteger(1, jwk.bytes("qi", "coefficient")));
        return decode(() -> factory().generatePrivate(spec), "private");
    }

    private static KeyFactory factory() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }

    static Object export(CryptoKey key, String format) {
        boolean isPublic = key.type().equals(CryptoKey.PUBLIC);
        return switch (format) {
            case "spki" -> {
                if (!isPublic) {
                    throw WebCryptoError.invalidAccess("given CryptoKey is not a public RSA key, it's a private key");
                }
                yield key.key().getEncoded();
            }
            case "pkcs8" -> {
                if (isPublic) {
                    throw WebCryptoError.invalidAccess("given CryptoKey is not a private RSA key, it's a public key");
                }
                yield key.key().getEncoded();
            }
            case "jwk" -> jwkOf(key, isPublic);
            default -> throw WebCryptoError.notSupported("unsupported key format " + format);
        };
    }

    private static String jwkOf(CryptoKey key, boolean isPublic) {
        Jwk jwk = Jwk.of("RSA").put("alg", jwkAlg(key.algorithm().name(), key.algorithm().hash()));
        if (isPublic) {
            RSAPublicKey k = (RSAPublicKey) key.key();
            jwk.put("n", Bytes.unsigned(k.getModulus())).put("e", Bytes.unsigned(k.getPublicExponent()));
        } else {
            RSAPrivateCrtKey k = (RSAPrivateCrtKey) key.key();
            jwk.put("n", Bytes.unsigned(k.getModulus())).put("e", Bytes.unsigned(k.getPublicExponent()))
                    .put("d", Bytes.unsigned(k.getPrivateExponent())).put("p", Bytes.unsigned(k.getPrimeP()))
                    .put("q", Bytes.unsigned(k.getPrimeQ())).put("dp", Bytes.unsigned(k.getPrimeExponentP()))
                    .put("dq", Bytes.unsigned(k.getPrimeExponentQ())).put("qi", Bytes.unsigned(k.getCrtCoefficient()));
        }
        return jwk.json(key.extractable(), key.usages());
    }

    /** RFC 7518's {@code alg}: RS256, PS384, RSA-OAEP-256 ({@code RSA-OAEP} with SHA-1)... */
    private static String jwkAlg(String name, String hash) {
        String bits = hash.substring(4);
        return switch (name) {
            case Algorithms.RSASSA_PKCS1_V1_5 -> "RS" + (bits.equals("1") ? "1" : bits);
            case Algorithms.RSA_PSS -> "PS" + (bits.equals("1") ? "1" : bits);
            default -> bits.equals("1") ? "RSA-OAEP" : "RSA-OAEP-" + bits;
        };
    }
}
