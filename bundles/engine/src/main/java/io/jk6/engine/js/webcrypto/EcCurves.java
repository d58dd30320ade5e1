package io.jk6.engine.js.webcrypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.util.Map;

/**
 * The NIST curves WebCrypto names (P-256, P-384, P-521): their JCA parameters, the uncompressed
 * point encoding of {@code raw} public keys, and the public point of a private scalar (for the
 * JWK of a private key imported without one).
 */
final class EcCurves {

    private static final Map<String, String> JCA_NAMES = Map.of("P-256", "secp256r1", "P-384", "secp384r1",
            "P-521", "secp521r1");

    private EcCurves() {
    }

    static boolean known(String curve) {
        return curve != null && JCA_NAMES.containsKey(curve);
    }

    static ECGenParameterSpec genSpec(String curve) {
        return new ECGenParameterSpec(JCA_NAMES.get(curve));
    }

    static ECParameterSpec params(String curve) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(genSpec(curve));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw WebCryptoError.notSupported("elliptic curve " + curve + " is not supported");
        }
    }

    /** The WebCrypto name of a key's curve, by its field size. */
    static String nameOf(ECKey key) {
        return switch (key.getParams().getCurve().getField().getFieldSize()) {
            case 256 -> "P-256";
            case 384 -> "P-384";
            case 521 -> "P-521";
            default -> throw WebCryptoError.notSupported("the key's elliptic curve is not supported");
        };
    }

    /** The length of a coordinate (and of a private scalar) in bytes. */
    static int coordinateLength(ECParameterSpec params) {
        return (params.getCurve().getField().getFieldSize() + 7) / 8;
    }

    /** {@code 04 || X || Y}. */
    static byte[] encode(ECPoint point, ECParameterSpec params) {
        int n = coordinateLength(params);
        byte[] out = new byte[1 + 2 * n];
        out[0] = 4;
        System.arraycopy(Bytes.unsigned(point.getAffineX(), n), 0, out, 1, n);
        System.arraycopy(Bytes.unsigned(point.getAffineY(), n), 0, out, 1 + n, n);
        return out;
    }

    /** An uncompressed point; DataError for anything else. */
    static ECPoint decode(byte[] raw, ECParameterSpec params) {
        int n = coordinateLength(params);
        if (raw.length != 1 + 2 * n || raw[0] != 4) {
            throw WebCryptoError.data("unable to import key data: not an uncompressed point of the curve");
        }
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 1, 1 + n));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 1 + n, raw.length));
        return point(x, y, params);
    }

    /** The point, checked to be on the curve (DataError otherwise). */
    static ECPoint point(BigInteger x, BigInteger y, ECParameterSpec params) {
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        BigInteger rhs = x.pow(3).add(params.getCurve().getA().multiply(x)).add(params.getCurve().getB()).mod(p);
        if (x.signum() < 0 || x.compareTo(p) >= 0 || !y.pow(2).mod(p).equals(rhs)) {
            throw WebCryptoError.data("unable to import key data: the point is not on the curve");
        }
        return new ECPoint(x, y);
    }

    /** {@code d·G}, by double-and-add in affine coordinates: rare (an import), so plain is enough. */
    static ECPoint publicPoint(BigInteger d, ECParameterSpec params) {
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        BigInteger a = params.getCurve().getA();
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = params.getGenerator();
        for (int i = 0; i < d.bitLength(); i++) {
            if (d.testBit(i)) {
                result = add(result, addend, a, p);
            }
            addend = add(addend, addend, a, p);
        }
        return result;
    }

    private static ECPoint add(ECPoint s, ECPoint t, BigInteger a, BigInteger p) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger x1 = s.getAffineX();
        BigInteger y1 = s.getAffineY();
        BigInteger x2 = t.getAffineX();
        BigInteger y2 = t.getAffineY();
        BigInteger lambda;
        if (x1.equals(x2)) {
            if (!y1.equals(y2) || y1.signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            lambda = x1.pow(2).multiply(BigInteger.valueOf(3)).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.pow(2).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new ECPoint(x3, y3);
    }
}
