package io.jk6.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Content encodings as k6 handles them: {@code params.compression} ("gzip", "deflate",
 * "gzip, deflate") compresses a request body in the order given, and a response body is
 * decompressed by its {@code Content-Encoding} (gzip, deflate, br), its headers left as sent.
 * "deflate" is the zlib format, as Go's and browsers'.
 */
final class Compression {

    private Compression() {
    }

    /** The encodings of a {@code compression} param, checked; throws for one jk6 cannot produce. */
    static List<String> parse(String compression) {
        List<String> encodings = new ArrayList<>();
        for (String part : compression.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "gzip", "deflate" -> encodings.add(name);
                case "br", "zstd" -> throw new IllegalArgumentException("compression \"" + name
                        + "\" is not supported by jk6 for request bodies; use gzip or deflate");
                default -> throw new IllegalArgumentException("unknown compression algorithm " + part.trim()
                        + "; supported are gzip and deflate");
            }
        }
        return encodings;
    }

    static byte[] compress(byte[] body, List<String> encodings) {
        byte[] current = body;
        for (String encoding : encodings) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, current.length / 2));
            try (OutputStream z = encoding.equals("gzip") ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
                z.write(current);
            } catch (IOException e) {
                throw new IllegalStateException("cannot compress the body: " + e.getMessage(), e);
            }
            current = out.toByteArray();
        }
        return current;
    }

    /**
     * The body decoded by {@code contentEncoding}, last encoding first; unknown encodings (and
     * "identity") leave it as it is, as k6.
     *
     * @throws IOException when the body is not what its encoding says (k6's error 1701)
     */
    static byte[] decompress(byte[] body, String contentEncoding) throws IOException {
        if (contentEncoding == null || body.length == 0) {
            return body;
        }
        String[] encodings = contentEncoding.split(",");
        byte[] current = body;
        for (int i = encodings.length - 1; i >= 0; i--) {
            String encoding = encodings[i].trim().toLowerCase(Locale.ROOT);
            InputStream in = new ByteArrayInputStream(current);
            InputStream decoder = switch (encoding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(in);
                case "deflate" -> new InflaterInputStream(in);
                case "br" -> new BrotliInputStream(in);
                default -> null;
            };
            if (decoder != null) {
                try (decoder) {
                    current = decoder.readAllBytes();
                }
            }
        }
        return current;
    }
}
