package io.jk6.k6.crypto;

import io.jk6.k6.common.ScriptError;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash functions k6 names, with their JDK names. {@code md4} and {@code ripemd160} are
 * missing: the JDK has neither, and this bundle uses the JDK only.
 */
enum HashAlgorithm {
    MD5("md5", "MD5", "HmacMD5"),
    SHA1("sha1", "SHA-1", "HmacSHA1"),
    SHA256("sha256", "SHA-256", "HmacSHA256"),
    SHA384("sha384", "SHA-384", "HmacSHA384"),
    SHA512("sha512", "SHA-512", "HmacSHA512"),
    SHA512_224("sha512_224", "SHA-512/224", "HmacSHA512/224"),
    SHA512_256("sha512_256", "SHA-512/256", "HmacSHA512/256");

    /** k6 names these, but the JDK implements neither. */
    static final String[] UNAVAILABLE = {"md4", "ripemd160"};

    private final String k6Name;
    private final String digestName;
    private final String hmacName;

    HashAlgorithm(String k6Name, String digestName, String hmacName) {
        this.k6Name = k6Name;
        this.digestName = digestName;
        this.hmacName = hmacName;
    }

    String k6Name() {
        return k6Name;
    }

    static Optional<HashAlgorithm> named(String name) {
        for (HashAlgorithm a : values()) {
            if (a.k6Name.equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * @throws ScriptError for a name k6 does not know, or one the JDK lacks
     */
    static HashAlgorithm require(String name) {
        return named(name).orElseThrow(() -> new ScriptError(unavailable(name)
                ? "invalid algorithm: " + name + " (not available in jk6: the JDK has no " + name + ")"
                : "invalid algorithm: " + name));
    }

    private static boolean unavailable(String name) {
        for (String n : UNAVAILABLE) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(digestName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + digestName, e);
        }
    }

    Mac newHmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(hmacName);
            // SecretKeySpec refuses an empty key, which HMAC (and k6) allow. HMAC pads a short
            // key with zeros to the block size, so one zero byte is the same key.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, hmacName));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + hmacName, e);
        }
    }
}
