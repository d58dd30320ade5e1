package io.jk6.http.tracing;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The trace context header of one propagator, as k6/experimental/tracing writes it: {@code traceparent:
 * 00-TRACEID-PARENTID-01} (w3c) or {@code uber-trace-id: TRACEID:SPANID:0:1} (jaeger). The trace ID is
 * k6's: the varints of k6's prefix (0o756), its code (12) and the time in nanoseconds, then random bytes,
 * 16 bytes in hex, so a backend can tell k6's traces by their {@code dc0718} start.
 */
public final class TraceHeaders {

    public static final String W3C = "w3c";
    public static final String JAEGER = "jaeger";

    private static final int K6_PREFIX = 0756;
    private static final int K6_CLOUD_CODE = 12;
    private static final int TRACE_ID_SIZE = 16;
    /** k6's randHexString alphabet: no '0'. */
    private static final String HEX_NO_ZERO = "123456789abcdef";

    private final String propagator;
    private final double sampling;
    private final Random random = new SecureRandom();

    /**
     * @throws IllegalArgumentException k6's {@code invalid options} reasons
     */
    public TraceHeaders(String propagator, double sampling, boolean baggage) {
        if (!W3C.equals(propagator) && !JAEGER.equals(propagator)) {
            throw new IllegalArgumentException("unknown propagator: " + (propagator == null ? "" : propagator));
        }
        if (sampling < 0 || sampling > 1) {
            throw new IllegalArgumentException("sampling rate must be between 0.0 and 1.0");
        }
        if (baggage) {
            throw new IllegalArgumentException("baggage is not yet supported");
        }
        this.propagator = propagator;
        this.sampling = sampling;
    }

    public String name() {
        return W3C.equals(propagator) ? "traceparent" : "uber-trace-id";
    }

    /** A new trace's header value: a trace ID, a span ID and the sampling flag. */
    public String next() {
        String traceId = traceId(Instant.now());
        boolean sampled = sampling == 1.0 || (sampling != 0.0 && ThreadLocalRandom.current().nextDouble() < sampling);
        if (W3C.equals(propagator)) {
            return "00-" + traceId + "-" + randomHex(16) + "-" + (sampled ? "01" : "00");
        }
        return traceId + ":" + randomHex(8) + ":0:" + (sampled ? "1" : "0");
    }

    String traceId(Instant time) {
        byte[] id = new byte[TRACE_ID_SIZE];
        int n = putVarint(id, 0, K6_PREFIX);
        n = putVarint(id, n, K6_CLOUD_CODE);
        n = putVarint(id, n, time.getEpochSecond() * 1_000_000_000L + time.getNano());
        byte[] rest = new byte[TRACE_ID_SIZE - n];
        random.nextBytes(rest);
        System.arraycopy(rest, 0, id, n, rest.length);
        return HexFormat.of().formatHex(id);
    }

    /** Go's {@code binary.PutVarint}: zig-zag, then 7 bits a byte, low first. */
    static int putVarint(byte[] into, int at, long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        while ((zigzag & ~0x7FL) != 0) {
            into[at++] = (byte) ((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        into[at++] = (byte) zigzag;
        return at;
    }

    private String randomHex(int length) {
        StringBuilder hex = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            hex.append(HEX_NO_ZERO.charAt(ThreadLocalRandom.current().nextInt(HEX_NO_ZERO.length())));
        }
        return hex.toString();
    }
}
