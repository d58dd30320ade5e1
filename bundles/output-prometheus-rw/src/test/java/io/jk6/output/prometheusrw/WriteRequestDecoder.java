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
        NativeHistogram.Snapshot histogram = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            CodedInputStream field = CodedInputStream.newInstance(in.readByteArray());
            switch (tag >>> 3) {
                case 1 -> labels.add(label(field));
                case 4 -> {
                    samples++;
                    long[] time = new long[1];
                    histogram = histogram(field, time);
                    timestamp = time[0];
                }
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
            throw new IOException("k6 sends one sample or histogram per series, got " + samples);
        }
        return new TimeSeries(labels, value, timestamp, histogram);
    }

    /** A {@code prompb.Histogram} with integer counts; its timestamp into {@code time[0]}. */
    private static NativeHistogram.Snapshot histogram(CodedInputStream in, long[] time) throws IOException {
        long count = -1;
        long zeroCount = -1;
        double sum = 0;
        double zeroThreshold = 0;
        int schema = 0;
        List<NativeHistogram.Span> negativeSpans = new ArrayList<>();
        List<NativeHistogram.Span> positiveSpans = new ArrayList<>();
        List<Long> negativeDeltas = new ArrayList<>();
        List<Long> positiveDeltas = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case 1 << 3 -> count = in.readUInt64();
                case 3 << 3 | 1 -> sum = in.readDouble();
                case 4 << 3 -> schema = in.readSInt32();
                case 5 << 3 | 1 -> zeroThreshold = in.readDouble();
                case 6 << 3 -> zeroCount = in.readUInt64();
                case 8 << 3 | 2 -> negativeSpans.add(span(CodedInputStream.newInstance(in.readByteArray())));
                case 9 << 3 | 2 -> deltas(CodedInputStream.newInstance(in.readByteArray()), negativeDeltas);
                case 11 << 3 | 2 -> positiveSpans.add(span(CodedInputStream.newInstance(in.readByteArray())));
                case 12 << 3 | 2 -> deltas(CodedInputStream.newInstance(in.readByteArray()), positiveDeltas);
                case 15 << 3 -> time[0] = in.readInt64();
                default -> throw new IOException("Histogram: unexpected tag " + tag);
            }
        }
        if (count < 0 || zeroCount < 0) {
            throw new IOException("Histogram: the integer count and zero count are always sent");
        }
        return new NativeHistogram.Snapshot(count, sum, schema, zeroThreshold, zeroCount,
                new NativeHistogram.Buckets(negativeSpans, negativeDeltas),
                new NativeHistogram.Buckets(positiveSpans, positiveDeltas));
    }

    private static NativeHistogram.Span span(CodedInputStream in) throws IOException {
        int offset = 0;
        int length = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case 1 << 3 -> offset = in.readSInt32();
                case 2 << 3 -> length = in.readUInt32();
                default -> throw new IOException("BucketSpan: unexpected tag " + tag);
            }
        }
        return new NativeHistogram.Span(offset, length);
    }

    /** Packed sint64s. */
    private static void deltas(CodedInputStream in, List<Long> deltas) throws IOException {
        while (!in.isAtEnd()) {
            deltas.add(in.readSInt64());
        }
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
