package io.jk6.k6.crypto;

import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * One running hash: a plain digest or an HMAC. Both are cloned to read the sum so far, because
 * the JDK resets on finishing while k6 (Go's {@code hash.Sum}) does not.
 */
interface RunningHash {
    void update(byte[] data);

    /** The sum so far, leaving the running state as it is. */
    byte[] sumSoFar();

    static RunningHash of(MessageDigest digest) {
        return new RunningHash() {
            @Override
            public void update(byte[] data) {
                digest.update(data);
            }

            @Override
            public byte[] sumSoFar() {
                try {
                    return ((MessageDigest) digest.clone()).digest();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException("JDK digests are cloneable", e);
                }
            }
        };
    }

    static RunningHash of(Mac mac) {
        return new RunningHash() {
            @Override
            public void update(byte[] data) {
                mac.update(data);
            }

            @Override
            public byte[] sumSoFar() {
                try {
                    return ((Mac) mac.clone()).doFinal();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException("JDK HMACs are cloneable", e);
                }
            }
        };
    }
}
