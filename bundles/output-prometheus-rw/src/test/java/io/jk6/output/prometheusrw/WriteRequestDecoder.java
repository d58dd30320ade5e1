package io.jk6.output.prometheusrw;

import com.google.protobuf.CodedInputStream;
import io.airlift.compress.snappy.SnappyDecompressor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a remote write body back, field by field, as a receiver does: snappy, then protobuf. */
final class WriteRequestDecoder {

    private WriteRequestDecoder() {
    }

    static List<TimeSeries> decode(byte[] body) throws IOException {
        byte[] message = new byte[SnappyDecompressor.getUncompressedLength(body, 0)];
        new SnappyDecompressor().decompress(body, 0, body.length, message, 0, message.length);
        return decodeMessage(message);
    }

    static List<TimeSeries> decodeMessage(byte[] message) throws IOException {
        CodedInputStream in = CodedInputStream.newInstance(message);
        List<TimeSeries> series = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag != (1 << 3 | 2)) {
                throw new IOException("WriteRequest: unexpected tag " + tag);
            }
            series.add(series(CodedInputStream.newInstance(in.readByteArray())));
        }
        return series;
    }

    private static TimeSeries series(CodedInputStream in) throws IOException {
        List<TimeSeries.Label> labels = new ArrayList<>();
        double value = 0;
        long timestamp = 0;
        int samples = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            CodedInputStream field = CodedInputStream.newInstance(in.readByteArray());
            switch (tag >>> 3) {
                case 1 -> labels.add(label(field));
                case 2 -> {
                    samples++;
                    for (int t = field.readTag(); t != 0; t = field.readTag()) {
                        switch (t) {
                            case 1 << 3 | 1 -> value = field.readDouble();
                            case 2 << 3 -> timestamp = field.readInt64();
                            default -> throw new IOException("Sample: unexpected tag " + t);
                        }
                    }
                }
                default -> throw new IOException("TimeSeries: unexpected tag " + tag);
            }
        }
        if (samples != 1) {
            throw new IOException("k6 sends one sample per series, got " + samples);
        }
        return new TimeSeries(labels, value, timestamp);
    }

    private static TimeSeries.Label label(CodedInputStream in) throws IOException {
        String name = "";
        String value = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case 1 << 3 | 2 -> name = in.readString();
                case 2 << 3 | 2 -> value = in.readString();
                default -> throw new IOException("Label: unexpected tag " + tag);
            }
        }
        return new TimeSeries.Label(name, value);
    }
}
