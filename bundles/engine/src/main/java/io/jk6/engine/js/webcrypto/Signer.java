package io.jk6.engine.js.webcrypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code sign} and {@code verify}: HMAC (the key's hash), ECDSA (the parameters' hash; signatures
 * as r||s, IEEE P1363, as WebCrypto has them), RSASSA-PKCS1-v1_5 and RSA-PSS (the key's hash,
 * the parameters' {@code saltLength}).
 */
final class Signer {

    private final String name;
    private final String hash;
    private final int saltLength;

    private Signer(String name, String hash, int saltLength) {
        this.name = name;
        this.hash = hash;
        this.saltLength = saltLength;
    }

    static Signer of(Params params) {
        return switch (params.name()) {
            case Algorithms.ECDSA -> new Signer(params.name(), params.hash(), 0);
            case Algorithms.RSA_PSS -> new Signer(params.name(), null, params.integer("saltLength"));
            default -> new Signer(params.name(), null, 0);
        };
    }

    byte[] sign(CryptoKey key, byte[] data) {
        try {
            if (name.equals(Algorithms.HMAC)) {
                return mac(key).doFinal(data);
            }
            key.requireType(CryptoKey.PRIVATE, name);
            Signature signature = signature(key);
            signature.initSign((PrivateKey) key.key());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("could not sign data", e);
        }
    }

    boolean verify(CryptoKey key, byte[] signatureBytes, byte[] data) {
        try {
            if (name.equals(Algorithms.HMAC)) {
                return MessageDigest.isEqual(mac(key).doFinal(data), signatureBytes);
            }
            key.requireType(CryptoKey.PUBLIC, name);
            Signature signature = signature(key);
            signature.initVerify((PublicKey) key.key());
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (java.security.SignatureException e) {
            return false; // a malformed signature does not verify
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("could not verify the signature", e);
        }
    }

    private Mac mac(CryptoKey key) throws GeneralSecurityException {
        String algorithm = "Hmac" + Algorithms.jcaHash(key.algorithm().hash());
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.secret(), algorithm));
        return mac;
    }

    private Signature signature(CryptoKey key) throws GeneralSecurityException {
        return switch (name) {
            case Algorithms.ECDSA -> Signature.getInstance(Algorithms.jcaHash(hash) + "withECDSAinP1363Format");
            case Algorithms.RSA_PSS -> {
                String keyHash = key.algorithm().hash();
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec(keyHash, "MGF1", new MGF1ParameterSpec(keyHash), saltLength, 1));
                yield pss;
            }
            default -> Signature.getInstance(Algorithms.jcaHash(key.algorithm().hash()) + "withRSA");
        };
    }
}
