package io.jk6.engine.js.webcrypto;

import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CBC (PKCS#7 padding), AES-CTR and AES-GCM with the JDK's ciphers. The parameters are read
 * on the VU's thread ({@link #of}); the work runs wherever {@link #run} is called.
 */
final class AesCipher {

    private final String transformation;
    private final AlgorithmParameterSpec spec;
    private final byte[] additionalData;

    private AesCipher(String transformation, AlgorithmParameterSpec spec, byte[] additionalData) {
        this.transformation = transformation;
        this.spec = spec;
        this.additionalData = additionalData;
    }

    /** The cipher the parameters describe; OperationError (NotSupportedError) as k6 for bad ones. */
    static AesCipher of(Params params) {
        return switch (params.name()) {
            case Algorithms.AES_CBC -> {
                byte[] iv = params.bytes("iv");
                if (iv.length != 16) {
                    throw WebCryptoError.operation("iv length is not 16 bytes");
                }
                yield new AesCipher("AES/CBC/PKCS5Padding", new IvParameterSpec(iv), null);
            }
            case Algorithms.AES_CTR -> {
                byte[] counter = params.bytes("counter");
                if (counter.length != 16) {
                    throw WebCryptoError.operation("counter length is not 16 bytes");
                }
                int length = params.integer("length");
                if (length <= 0 || length > 128) {
                    throw WebCryptoError.operation("invalid counter length, out of the 0 < x < 128 bounds");
                }
                yield new AesCipher("AES/CTR/NoPadding", new IvParameterSpec(counter), null);
            }
            default -> {
                byte[] iv = params.bytes("iv");
                if (iv.length == 0) {
                    throw WebCryptoError.operation("iv length cannot be 0");
                }
                int tagLength = params.integer("tagLength", 128);
                if (tagLength == 32 || tagLength == 64) {
                    throw WebCryptoError.notSupported("tag length 32 and 64 are not supported");
                }
                if (tagLength < 96 || tagLength > 128 || tagLength % 8 != 0) {
                    throw WebCryptoError.operation("invalid tag length, should be one of 96, 104, 112, 120, 128");
                }
                yield new AesCipher("AES/GCM/NoPadding", new GCMParameterSpec(tagLength, iv),
                        params.bytes("additionalData", null));
            }
        };
    }

    byte[] run(int mode, CryptoKey key, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance(transformation);
            cipher.init(mode, new SecretKeySpec(key.secret(), "AES"), spec);
            if (additionalData != null) {
                cipher.updateAAD(additionalData);
            }
            return cipher.doFinal(data);
        } catch (AEADBadTagException e) {
            throw WebCryptoError.operation("could not decrypt ciphertext: the authentication tag does not match");
        } catch (BadPaddingException e) {
            throw WebCryptoError.operation("invalid padding");
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("could not " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt"), e);
        }
    }
}
