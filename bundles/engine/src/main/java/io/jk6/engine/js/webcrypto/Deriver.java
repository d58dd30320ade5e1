package io.jk6.engine.js.webcrypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code deriveBits} (and the bits of {@code deriveKey}): ECDH (the shared x coordinate), PBKDF2
 * (RFC 8018) and HKDF (RFC 5869). PBKDF2 and HKDF are written over {@link Mac} so that any bytes
 * can be the password, not only what a {@code char[]} holds.
 */
final class Deriver {

    private final String name;
    private final String hash;
    private final int iterations;
    private final byte[] salt;
    private final byte[] info;
    private final CryptoKey peer;

    private Deriver(String name, String hash, int iterations, byte[] salt, byte[] info, CryptoKey peer) {
        this.name = name;
        this.hash = hash;
        this.iterations = iterations;
        this.salt = salt;
        this.info = info;
        this.peer = peer;
    }

    static Deriver of(Params params) {
        return switch (params.name()) {
            case Algorithms.ECDH -> {
                if (!params.has("public")) {
                    throw WebCryptoError.type("algorithm does not contain a public key");
                }
                CryptoKey peer = params.key("public");
                if (!peer.type().equals(CryptoKey.PUBLIC)) {
                    throw WebCryptoError.invalidAccess("algorithm's public key is not a public key");
                }
                if (!peer.algorithm().name().equals(Algorithms.ECDH)) {
                    throw WebCryptoError.invalidAccess("algorithm name does not match public key's algorithm name: "
                            + "ECDH != " + peer.algorithm().name());
                }
                yield new Deriver(params.name(), null, 0, null, null, peer);
            }
            case Algorithms.PBKDF2 -> {
                String hash = params.hash();
                int iterations = params.integer("iterations");
                if (iterations <= 0) {
                    throw WebCryptoError.operation("number of iterations can't be 0");
                }
                yield new Deriver(params.name(), hash, iterations, params.bytes("salt"), null, null);
            }
            default -> new Deriver(params.name(), params.hash(), 0, params.bytes("salt"), params.bytes("info"), null);
        };
    }

    /** Checks the base key as k6 does, for {@code usage} deriveBits or deriveKey. */
    void checkBaseKey(CryptoKey base, String usage) {
        if (name.equals(Algorithms.ECDH)) {
            if (!base.type().equals(CryptoKey.PRIVATE)) {
                throw WebCryptoError.invalidAccess("provided baseKey is not a private key");
            }
            if (!base.algorithm().name().equals(name)) {
                throw WebCryptoError.invalidAccess("algorithm name does not match key algorithm name");
            }
            if (!base.usages().contains(usage)) {
                throw WebCryptoError.invalidAccess("provided baseKey does not contain the '" + usage + "' usage");
            }
            if (!base.algorithm().namedCurve().equals(peer.algorithm().namedCurve())) {
                throw WebCryptoError.invalidAccess("keys have different curves " + base.algorithm().namedCurve()
                        + " and " + peer.algorithm().namedCurve());
            }
            return;
        }
        if (!base.type().equals(CryptoKey.SECRET)) {
            throw WebCryptoError.invalidAccess("algorithm's password key is not a secret key");
        }
        if (!base.usages().contains(usage)) {
            throw WebCryptoError.invalidAccess("provided baseKey doesn't contain `" + usage + "` usage");
        }
        if (!base.algorithm().name().equals(name)) {
            throw WebCryptoError.operation("provided basekey algorithm and deriveKey algorithm name dont match "
                    + base.algorithm().name() + "!=" + name);
        }
    }

    /** {@code bits} bits (a multiple of 8; for ECDH, -1 means all of the shared secret). */
    byte[] derive(CryptoKey base, int bits) {
        try {
            return switch (name) {
                case Algorithms.ECDH -> ecdh(base, bits);
                case Algorithms.PBKDF2 -> pbkdf2(base.secret(), bits / 8);
                default -> hkdf(base.secret(), bits / 8);
            };
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("could not derive bits", e);
        }
    }

    private byte[] ecdh(CryptoKey base, int bits) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init((PrivateKey) base.key());
        agreement.doPhase((PublicKey) peer.key(), true);
        byte[] secret = agreement.generateSecret();
        if (bits < 0) {
            return secret;
        }
        if (secret.length < bits / 8) {
            throw WebCryptoError.operation("length is too large");
        }
        return Arrays.copyOf(secret, bits / 8);
    }

    private Mac mac(byte[] key) throws GeneralSecurityException {
        String algorithm = "Hmac" + Algorithms.jcaHash(hash);
        Mac mac = Mac.getInstance(algorithm);
        // an empty key is legal for HMAC but not for SecretKeySpec: HMAC pads keys with zeros anyway
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
        return mac;
    }

    private byte[] pbkdf2(byte[] password, int length) throws GeneralSecurityException {
        Mac mac = mac(password);
        byte[] out = new byte[length];
        int hashLength = mac.getMacLength();
        for (int block = 1, offset = 0; offset < length; block++, offset += hashLength) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            System.arraycopy(t, 0, out, offset, Math.min(hashLength, length - offset));
        }
        return out;
    }

    private byte[] hkdf(byte[] inputKey, int length) throws GeneralSecurityException {
        int hashLength = Algorithms.hashLength(hash);
        if (length > 255 * hashLength) {
            throw WebCryptoError.operation("length is too large for HKDF with " + hash);
        }
        byte[] prk = mac(salt.length == 0 ? new byte[hashLength] : salt).doFinal(inputKey);
        Mac expand = mac(prk);
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        for (int block = 1, offset = 0; offset < length; block++, offset += hashLength) {
            expand.update(previous);
            expand.update(info);
            expand.update((byte) block);
            previous = expand.doFinal();
            System.arraycopy(previous, 0, out, offset, Math.min(hashLength, length - offset));
        }
        return out;
    }
}
