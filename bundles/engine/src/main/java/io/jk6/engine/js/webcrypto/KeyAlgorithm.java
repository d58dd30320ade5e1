package io.jk6.engine.js.webcrypto;

/**
 * A key's {@code algorithm} attribute: its name and what the name needs ({@code length} for AES
 * and HMAC, {@code hash} for HMAC and RSA, {@code namedCurve} for EC, {@code modulusLength} and
 * {@code publicExponent} for RSA). Members that do not apply are 0 or null.
 */
record KeyAlgorithm(String name, int length, String hash, String namedCurve, int modulusLength, byte[] publicExponent) {

    static KeyAlgorithm named(String name) {
        return new KeyAlgorithm(name, 0, null, null, 0, null);
    }

    static KeyAlgorithm aes(String name, int bits) {
        return new KeyAlgorithm(name, bits, null, null, 0, null);
    }

    static KeyAlgorithm hmac(String hash, int bits) {
        return new KeyAlgorithm(Algorithms.HMAC, bits, hash, null, 0, null);
    }

    static KeyAlgorithm ec(String name, String curve) {
        return new KeyAlgorithm(name, 0, null, curve, 0, null);
    }

    static KeyAlgorithm rsa(String name, String hash, int modulusLength, byte[] publicExponent) {
        return new KeyAlgorithm(name, 0, hash, null, modulusLength, publicExponent);
    }

    /** The attribute as JSON; JS makes {@code publicExponent}'s array a Uint8Array. */
    String json() {
        StringBuilder out = new StringBuilder("{\"name\":\"").append(name).append('"');
        if (length > 0) {
            out.append(",\"length\":").append(length);
        }
        if (hash != null) {
            out.append(",\"hash\":{\"name\":\"").append(hash).append("\"}");
        }
        if (namedCurve != null) {
            out.append(",\"namedCurve\":\"").append(namedCurve).append('"');
        }
        if (modulusLength > 0) {
            out.append(",\"modulusLength\":").append(modulusLength).append(",\"publicExponent\":[");
            for (int i = 0; i < publicExponent.length; i++) {
                out.append(i == 0 ? "" : ",").append(publicExponent[i] & 0xff);
            }
            out.append(']');
        }
        return out.append('}').toString();
    }
}
