package io.jk6.support.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Go's {@code tls.X509KeyPair} check that a key file goes with a certificate file, before any
 * server sees them: a wrong pair would otherwise show only as a handshake the server refuses,
 * with nothing naming the files.
 */
final class KeyPairCheck {

    private KeyPairCheck() {
    }

    /** @throws GeneralSecurityException in Go's words, when the key is not the certificate's */
    static void check(PublicKey certificate, PrivateKey key) throws GeneralSecurityException {
        if (!certificate.getAlgorithm().equals(key.getAlgorithm())) {
            throw new GeneralSecurityException("tls: private key type does not match public key type");
        }
        boolean matches = switch (certificate) {
            case RSAPublicKey rsa when key instanceof RSAPrivateCrtKey crt ->
                    rsa.getModulus().equals(crt.getModulus()) && rsa.getPublicExponent().equals(crt.getPublicExponent());
            // an EC key holds no public point to compare: a signature the certificate's key verifies tells
            case PublicKey ec when ec.getAlgorithm().equals("EC") -> verifies("SHA256withECDSA", certificate, key);
            case PublicKey ed when ed.getAlgorithm().equals("Ed25519") -> verifies("Ed25519", certificate, key);
            default -> true; // nothing cheap to compare: the handshake will tell
        };
        if (!matches) {
            throw new GeneralSecurityException("tls: private key does not match public key");
        }
    }

    private static boolean verifies(String algorithm, PublicKey certificate, PrivateKey key)
            throws GeneralSecurityException {
        byte[] message = "jk6 key pair check".getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate);
        verifier.update(message);
        return verifier.verify(signature);
    }
}
