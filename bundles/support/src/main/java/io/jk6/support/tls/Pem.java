package io.jk6.support.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificates and private keys in PEM, as Go's {@code crypto/tls} reads them for k6 (k6/http's
 * {@code tlsAuth}, the outputs' certificate files): keys in PKCS#8 ({@code PRIVATE KEY}), RSA's
 * PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 EC ({@code EC PRIVATE KEY}), the forms openssl writes.
 * The JDK reads only PKCS#8, so the other two are wrapped into it. Encrypted keys are refused by
 * name: Go's {@code LoadX509KeyPair} does not decrypt them either.
 *
 * <p>Errors are {@link IllegalArgumentException}s saying what is wrong with the text; the caller
 * adds where the text came from (an option, a variable and its file).
 */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
            Pattern.DOTALL);
    /** rsaEncryption (1.2.840.113549.1.1.1) with its NULL parameters: PKCS#8's algorithm for a PKCS#1 key. */
    private static final byte[] RSA_ALGORITHM = Der.encode(Der.SEQUENCE,
            Der.encode(Der.OID, new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01}),
            new byte[] {0x05, 0x00});
    /** id-ecPublicKey (1.2.840.10045.2.1): PKCS#8's algorithm for an EC key, its curve as the parameter. */
    private static final byte[] EC_PUBLIC_KEY = Der.encode(Der.OID,
            new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01});
    private static final byte[] VERSION_0 = {Der.INTEGER, 0x01, 0x00};

    private Pem() {
    }

    /**
     * Every certificate of the text, in order (a chain: the leaf first). Other blocks are skipped,
     * as Go's {@code AppendCertsFromPEM} and {@code X509KeyPair} skip them.
     *
     * @throws IllegalArgumentException no certificate in the text, or one that does not parse
     */
    public static List<X509Certificate> certificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            if (block.group(1).equals("CERTIFICATE")) {
                try {
                    certificates.add((X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(decode(block.group(2)))));
                } catch (CertificateException e) {
                    throw new IllegalArgumentException("certificate " + (certificates.size() + 1) + " does not parse: "
                            + e.getMessage(), e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate in the PEM text");
        }
        return List.copyOf(certificates);
    }

    /**
     * The first private key of the text. Other blocks before it (openssl's {@code EC PARAMETERS})
     * are skipped, as Go's {@code tls.X509KeyPair} does.
     *
     * @throws IllegalArgumentException no key block, an encrypted key, a form or algorithm the
     *                                  JDK cannot read
     */
    public static PrivateKey privateKey(String pem) {
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            String type = block.group(1);
            if (type.contains("ENCRYPTED") || block.group(2).contains("Proc-Type: 4,ENCRYPTED")) {
                throw new IllegalArgumentException("encrypted keys are not supported by jk6; decrypt it first");
            }
            if (type.equals("PRIVATE KEY") || type.endsWith(" PRIVATE KEY")) {
                return key(type, decode(block.group(2)));
            }
        }
        throw new IllegalArgumentException("no private key in the PEM text (a PRIVATE KEY, RSA PRIVATE KEY or"
                + " EC PRIVATE KEY block)");
    }

    /** The base64 between the lines, without RFC 1421's headers ({@code Proc-Type: ...}). */
    private static byte[] decode(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("(?m)^[A-Za-z-]+:.*$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM block is not base64: " + e.getMessage(), e);
        }
    }

    private static PrivateKey key(String type, byte[] der) {
        if (!List.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY").contains(type)) {
            throw new IllegalArgumentException("a \"" + type + "\" block is not supported; use PKCS#8 (PRIVATE KEY),"
                    + " PKCS#1 (RSA PRIVATE KEY) or SEC1 (EC PRIVATE KEY)");
        }
        byte[] pkcs8;
        try {
            pkcs8 = switch (type) {
                case "RSA PRIVATE KEY" -> Der.encode(Der.SEQUENCE, VERSION_0, RSA_ALGORITHM,
                        Der.encode(Der.OCTET_STRING, der));
                case "EC PRIVATE KEY" -> fromSec1(der);
                default -> der;
            };
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("the " + type + " block is malformed: " + malformed.getMessage(),
                    malformed);
        }
        // the PKCS#8 text says its algorithm, but the JDK wants it named: try the ones TLS uses
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next
            }
        }
        throw new IllegalArgumentException("the " + type + " is none of RSA, EC, Ed25519 or is malformed");
    }

    /**
     * SEC1's {@code ECPrivateKey} in PKCS#8: the curve moves from the key's optional
     * {@code [0] parameters} into the algorithm identifier, where the JDK looks for it; the SEC1
     * structure itself is kept whole as the private key octets (RFC 5915 allows it there).
     */
    private static byte[] fromSec1(byte[] sec1) {
        byte[] curve = null;
        for (Der.Element element : Der.sequence(sec1)) {
            if (element.tag() == Der.CONTEXT_0) {
                curve = element.content(); // the named curve's OID, whole
            }
        }
        if (curve == null) {
            throw new IllegalArgumentException("the EC key does not name its curve");
        }
        return Der.encode(Der.SEQUENCE, VERSION_0, Der.encode(Der.SEQUENCE, EC_PUBLIC_KEY, curve),
                Der.encode(Der.OCTET_STRING, sec1));
    }
}
