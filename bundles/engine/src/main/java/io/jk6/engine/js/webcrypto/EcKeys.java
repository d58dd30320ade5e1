package io.jk6.engine.js.webcrypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * ECDSA and ECDH keys on P-256, P-384 and P-521: generated as pairs, imported from {@code raw}
 * (an uncompressed public point), {@code spki}, {@code pkcs8} and {@code jwk}, exported to the same.
 */
final class EcKeys {

    private EcKeys() {
    }

    static KeyPairResult generate(String name, String curve, boolean extractable, List<String> usages) {
        if (!EcCurves.known(curve)) {
            throw WebCryptoError.notSupported("elliptic curve " + curve + " is not supported");
        }
        if (usages.isEmpty()) {
            throw WebCryptoError.syntax("key usages cannot be empty");
        }
        Usages.check(name, "pair", usages);
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(EcCurves.genSpec(curve));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("unable to generate a " + name + " key pair", e);
        }
        KeyAlgorithm algorithm = KeyAlgorithm.ec(name, curve);
        return new KeyPairResult(
                new CryptoKey(CryptoKey.PRIVATE, extractable, algorithm,
                        Usages.intersection(name, CryptoKey.PRIVATE, usages), pair),
                new CryptoKey(CryptoKey.PUBLIC, true, algorithm,
                        Usages.intersection(name, CryptoKey.PUBLIC, usages), pair.getPublic()));
    }

    static CryptoKey importKey(String name, String curve, String format, byte[] data, Jwk jwk, boolean extractable,
            List<String> usages) {
        String actual = format.equals("jwk") && EcCurves.known(jwk.get("crv")) ? jwk.get("crv") : curve;
        if (!EcCurves.known(actual)) {
            throw WebCryptoError.notSupported("invalid elliptic curve " + curve);
        }
        ECParameterSpec params = EcCurves.params(actual);
        Object material = switch (format) {
            case "raw" -> publicKey(new ECPublicKeySpec(EcCurves.decode(data, params), params));
            case "spki" -> spki(data, curve);
            case "pkcs8" -> pkcs8(data, curve);
            case "jwk" -> jwk(jwk, params, extractable);
            default -> throw WebCryptoError.notSupported("unsupported key format " + format + " for algorithm " + name);
        };
        String type = material instanceof KeyPair ? CryptoKey.PRIVATE : CryptoKey.PUBLIC;
        Usages.check(name, type, usages);
        return new CryptoKey(type, extractable, KeyAlgorithm.ec(name, actual), usages, material);
    }

    private static ECPublicKey spki(byte[] data, String curve) {
        try {
            ECPublicKey key = (ECPublicKey) factory().generatePublic(new X509EncodedKeySpec(data));
            sameCurve(EcCurves.nameOf(key), curve);
            return key;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw WebCryptoError.data("unable to import key data", e);
        }
    }

    private static KeyPair pkcs8(byte[] data, String curve) {
        try {
            ECPrivateKey key = (ECPrivateKey) factory().generatePrivate(new PKCS8EncodedKeySpec(data));
            sameCurve(EcCurves.nameOf(key), curve);
            ECPoint point = EcCurves.publicPoint(key.getS(), key.getParams());
            return new KeyPair(publicKey(new ECPublicKeySpec(point, key.getParams())), key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw WebCryptoError.data("unable to import key data", e);
        }
    }

    /** The key of a JWK, on its {@code crv} even when that is not {@code namedCurve}: k6 takes it so. */
    private static Object jwk(Jwk jwk, ECParameterSpec params, boolean extractable) {
        jwk.requireType("EC");
        jwk.checkExtractable(extractable);
        ECPoint point = EcCurves.point(new BigInteger(1, jwk.bytes("x", "coordinate X")),
                new BigInteger(1, jwk.bytes("y", "coordinate Y")), params);
        ECPublicKey publicKey = publicKey(new ECPublicKeySpec(point, params));
        if (jwk.get("d") == null) {
            return publicKey;
        }
        try {
            BigInteger d = new BigInteger(1, jwk.bytes("d", "private scalar D"));
            return new KeyPair(publicKey, factory().generatePrivate(new ECPrivateKeySpec(d, params)));
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.data("unable to import key data", e);
        }
    }

    private static void sameCurve(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw WebCryptoError.data("the key's curve " + actual + " is not " + expected);
        }
    }

    private static ECPublicKey publicKey(ECPublicKeySpec spec) {
        try {
            return (ECPublicKey) factory().generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.data("unable to import key data", e);
        }
    }

    private static KeyFactory factory() throws GeneralSecurityException {
        return KeyFactory.getInstance("EC");
    }

    static Object export(CryptoKey key, String format) {
        boolean isPublic = key.type().equals(CryptoKey.PUBLIC);
        ECPublicKey publicKey = (ECPublicKey) (isPublic ? key.key() : key.publicHalf());
        ECParameterSpec params = publicKey.getParams();
        return switch (format) {
            case "raw", "spki" -> {
                if (!isPublic) {
                    throw WebCryptoError.invalidAccess("key is not a valid elliptic curve public key");
                }
                yield format.equals("raw") ? EcCurves.encode(publicKey.getW(), params) : publicKey.getEncoded();
            }
            case "pkcs8" -> {
                if (isPublic) {
                    throw WebCryptoError.invalidAccess("key is not a valid elliptic curve private key");
                }
                yield key.key().getEncoded();
            }
            case "jwk" -> {
                int n = EcCurves.coordinateLength(params);
                Jwk jwk = Jwk.of("EC").put("crv", key.algorithm().namedCurve())
                        .put("x", Bytes.unsigned(publicKey.getW().getAffineX(), n))
                        .put("y", Bytes.unsigned(publicKey.getW().getAffineY(), n));
                if (!isPublic) {
                    jwk.put("d", Bytes.unsigned(((ECPrivateKey) key.key()).getS(), n));
                }
                yield jwk.json(key.extractable(), key.usages());
            }
            default -> throw WebCryptoError.notSupported("unsupported key format " + format);
        };
    }
}
