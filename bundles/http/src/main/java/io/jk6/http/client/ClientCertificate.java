package io.jk6.http.client;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of k6's {@code tlsAuth}: a client certificate chain and its key, both PEM, for the
 * servers named in {@code domains} (all servers when none is named). Keys in PKCS#8
 * ({@code PRIVATE KEY}) or RSA's PKCS#1 ({@code RSA PRIVATE KEY}); encrypted keys are refused by
 * name, as jk6 does not decrypt them.
 */
public record ClientCertificate(List<String> domains, X509Certificate[] chain, PrivateKey key) {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    /** DER of PKCS#8's algorithm identifier for rsaEncryption, which wraps a PKCS#1 key. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
        (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    /** Whether this certificate is for {@code host}: a domain equal to it, or none named. */
    boolean servesHost(String host) {
        return domains.isEmpty() || host != null && domains.stream().anyMatch(d -> d.equalsIgnoreCase(host));
    }

    static ClientCertificate of(Map<?, ?> auth, String where) {
        List<String> domains = new ArrayList<>();
        if (auth.get("domains") instanceof List<?> list) {
            list.forEach(d -> domains.add(String.valueOf(d)));
        }
        String cert = auth.get("cert") instanceof String s ? s : null;
        String key = auth.get("key") instanceof String s ? s : null;
        if (cert == null || key == null) {
            throw new IllegalArgumentException(where + ": needs cert and key, each as PEM text");
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(cert.getBytes(StandardCharsets.US_ASCII)))) {
                chain.add((X509Certificate) c);
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException(where + ".cert: no certificate in the PEM text");
            }
            return new ClientCertificate(List.copyOf(domains), chain.toArray(X509Certificate[]::new),
                    privateKey(key, where + ".key"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(String pem, String where) throws GeneralSecurityException {
        Matcher m = PEM.matcher(pem);
        if (!m.find()) {
            throw new IllegalArgumentException(where + ": no PEM block");
        }
        String type = m.group(1);
        if (type.contains("ENCRYPTED") || pem.contains("Proc-Type: 4,ENCRYPTED")) {
            throw new IllegalArgumentException(where + ": encrypted keys are not supported by jk6; decrypt it first");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2).replaceAll("(?m)^[A-Za-z-]+:.*$", ""));
        byte[] pkcs8 = switch (type) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> wrapPkcs1(der);
            default -> throw new IllegalArgumentException(where + ": a \"" + type + "\" block is not supported;"
                    + " use PKCS#8 (PRIVATE KEY) or PKCS#1 (RSA PRIVATE KEY)");
        };
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next
            }
        }
        throw new IllegalArgumentException(where + ": the key is none of RSA, EC, Ed25519 ("
                + type.toLowerCase(Locale.ROOT) + ")");
    }

    /** PKCS#8's PrivateKeyInfo around a PKCS#1 RSA key: version 0, rsaEncryption, the key as an OCTET STRING. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = der(0x04, pkcs1);
        byte[] body = new byte[version.length + RSA_ALGORITHM.length + octets.length];
        System.arraycopy(version, 0, body, 0, version.length);
        System.arraycopy(RSA_ALGORITHM, 0, body, version.length, RSA_ALGORITHM.length);
        System.arraycopy(octets, 0, body, version.length + RSA_ALGORITHM.length, octets.length);
        return der(0x30, body);
    }

    private static byte[] der(int tag, byte[] content) {
        int n = content.length;
        byte[] length = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        byte[] out = new byte[1 + length.length + n];
        out[0] = (byte) tag;
        System.arraycopy(length, 0, out, 1, length.length);
        System.arraycopy(content, 0, out, 1 + length.length, n);
        return out;
    }
}
