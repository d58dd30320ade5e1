package io.jk6.engine.js.webcrypto;

import java.security.GeneralSecurityException;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** RSA-OAEP: the key's hash for both OAEP and MGF1, and the optional {@code label}. */
final class RsaCipher {

    private final byte[] label;

    private RsaCipher(byte[] label) {
        this.label = label;
    }

    static RsaCipher of(Params params) {
        return new RsaCipher(params.bytes("label", new byte[0]));
    }

    byte[] run(int mode, CryptoKey key, byte[] data) {
        boolean encrypt = mode == Cipher.ENCRYPT_MODE;
        key.requireType(encrypt ? CryptoKey.PUBLIC : CryptoKey.PRIVATE, "RSA");
        String hash = key.algorithm().hash();
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(mode, key.key(), new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash),
                    new PSource.PSpecified(label)));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.operation("could not " + (encrypt ? "encrypt" : "decrypt") + " data", e);
        }
    }
}
