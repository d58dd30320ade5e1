package io.jk6.output.prometheusrw;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import io.airlift.compress.snappy.SnappyCompressor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The body of a remote write request (Prometheus' {@code prompb.WriteRequest}, version 0.1.0):
 * the protobuf message compressed with snappy's block format. The messages it needs are written
 * field by field rather than generated:
 *
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; repeated Histogram histograms = 4; }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; }
 * Histogram    { oneof count { uint64 count_int = 1; } double sum = 3; sint32 schema = 4;
 *                double zero_threshold = 5; oneof zero_count { uint64 zero_count_int = 6; }
 *                repeated BucketSpan negative_spans = 8; repeated sint64 negative_deltas = 9;
 *                repeated BucketSpan positive_spans = 11; repeated sint64 positive_deltas = 12;
 *                int64 timestamp = 15; }
 * BucketSpan   { sint32 offset = 1; uint32 length = 2; }
 * </pre>
 *
 * Fields at their default (0, empty) are left out, as proto3's encoders (k6's) do, but for the
 * {@code oneof} counts, which are always there; deltas are packed, proto3's default. A histogram's
 * reset hint is left unknown, as k6 does: Prometheus tells a reset by the counts themselves.
 */
final class WriteRequest {

    private static final int TIMESERIES = 1;
    private static final int LABELS = 1;
    private static final int SAMPLES = 2;
    private static final int NAME = 1;
    private static final int VALUE = 2;
    private static final int SAMPLE_VALUE = 1;
    private static final int SAMPLE_TIMESTAMP = 2;
    private static final int HISTOGRAMS = 4;
    private static final int H_COUNT_INT = 1;
    private static final int H_SUM = 3;
    private static final int H_SCHEMA = 4;
    private static final int H_ZERO_THRESHOLD = 5;
    private static final int H_ZERO_COUNT_INT = 6;
    private static final int H_NEGATIVE_SPANS = 8;
    private static final int H_NEGATIVE_DELTAS = 9;
    private static final int H_POSITIVE_SPANS = 11;
    private static final int H_POSITIVE_DELTAS = 12;
    private static final int H_TIMESTAMP = 15;
    private static final int SPAN_OFFSET = 1;
    private static final int SPAN_LENGTH = 2;

    private WriteRequest() {
    }

    /** The snappy-compressed message, ready to POST. */
    static byte[] body(List<TimeSeries> series) {
        return snappy(protobuf(series));
    }

    /** The uncompressed message. */
    static byte[] protobuf(List<TimeSeries> series) {
        int size = 0;
        for (TimeSeries one : series) {
            size += delimitedSize(TIMESERIES, seriesSize(one));
        }
        byte[] message = new byte[size];
        CodedOutputStream out = CodedOutputStream.newInstance(message);
        try {
            for (TimeSeries one : series) {
                writeSeries(out, one);
            }
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("the sizes computed do not match what was written", e);
        }
        return message;
    }

    private static void writeSeries(CodedOutputStream out, TimeSeries series) throws IOException {
        out.writeTag(TIMESERIES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(seriesSize(series));
        for (TimeSeries.Label label : series.labels()) {
            out.writeTag(LABELS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(labelSize(label));
            writeString(out, NAME, label.name());
            writeString(out, VALUE, label.value());
        }
        if (series.histogram() != null) {
            writeHistogram(out, series);
            return;
        }
        out.writeTag(SAMPLES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(sampleSize(series));
        if (Double.doubleToRawLongBits(series.value()) != 0) {
            out.writeDouble(SAMPLE_VALUE, series.value());
        }
        if (series.timestampMillis() != 0) {
            out.writeInt64(SAMPLE_TIMESTAMP, series.timestampMillis());
        }
    }

    private static void writeHistogram(CodedOutputStream out, TimeSeries series) throws IOException {
        NativeHistogram.Snapshot histogram = series.histogram();
        out.writeTag(HISTOGRAMS, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(histogramSize(histogram, series.timestampMillis()));
        out.writeUInt64(H_COUNT_INT, histogram.count());
        if (Double.doubleToRawLongBits(histogram.sum()) != 0) {
            out.writeDouble(H_SUM, histogram.sum());
        }
        if (histogram.schema() != 0) {
            out.writeSInt32(H_SCHEMA, histogram.schema());
        }
        if (Double.doubleToRawLongBits(histogram.zeroThreshold()) != 0) {
            out.writeDouble(H_ZERO_THRESHOLD, histogram.zeroThreshold());
        }
        out.writeUInt64(H_ZERO_COUNT_INT, histogram.zeroCount());
        writeBuckets(out, H_NEGATIVE_SPANS, H_NEGATIVE_DELTAS, histogram.negative());
        writeBuckets(out, H_POSITIVE_SPANS, H_POSITIVE_DELTAS, histogram.positive());
        if (series.timestampMillis() != 0) {
            out.writeInt64(H_TIMESTAMP, series.timestampMillis());
        }
    }

    private static void writeBuckets(CodedOutputStream out, int spansField, int deltasField,
            NativeHistogram.Buckets buckets) throws IOException {
        for (NativeHistogram.Span span : buckets.spans()) {
            out.writeTag(spansField, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(spanSize(span));
            if (span.offset() != 0) {
                out.writeSInt32(SPAN_OFFSET, span.offset());
            }
            if (span.length() != 0) {
                out.writeUInt32(SPAN_LENGTH, span.length());
            }
        }
        if (!buckets.deltas().isEmpty()) {
            out.writeTag(deltasField, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(deltasSize(buckets));
            for (long delta : buckets.deltas()) {
                out.writeSInt64NoTag(delta);
            }
        }
    }

    private static void writeString(CodedOutputStream out, int field, String value) throws IOException {
        if (!value.isEmpty()) {
            out.writeString(field, value);
        }
    }

    private static int seriesSize(TimeSeries series) {
        int size = 0;
        for (TimeSeries.Label label : series.labels()) {
            size += delimitedSize(LABELS, labelSize(label));
        }
        return size + (series.histogram() != null
                ? delimitedSize(HISTOGRAMS, histogramSize(series.histogram(), series.timestampMillis()))
                : delimitedSize(SAMPLES, sampleSize(series)));
    }

    private static int histogramSize(NativeHistogram.Snapshot histogram, long timestampMillis) {
        return CodedOutputStream.computeUInt64Size(H_COUNT_INT, histogram.count())
                + (Double.doubleToRawLongBits(histogram.sum()) == 0 ? 0
                : CodedOutputStream.computeDoubleSize(H_SUM, histogram.sum()))
                + (histogram.schema() == 0 ? 0 : CodedOutputStream.computeSInt32Size(H_SCHEMA, histogram.schema()))
                + (Double.doubleToRawLongBits(histogram.zeroThreshold()) == 0 ? 0
                : CodedOutputStream.computeDoubleSize(H_ZERO_THRESHOLD, histogram.zeroThreshold()))
                + CodedOutputStream.computeUInt64Size(H_ZERO_COUNT_INT, histogram.zeroCount())
                + bucketsSize(H_NEGATIVE_SPANS, H_NEGATIVE_DELTAS, histogram.negative())
                + bucketsSize(H_POSITIVE_SPANS, H_POSITIVE_DELTAS, histogram.positive())
                + (timestampMillis == 0 ? 0 : CodedOutputStream.computeInt64Size(H_TIMESTAMP, timestampMillis));
    }

    private static int bucketsSize(int spansField, int deltasField, NativeHistogram.Buckets buckets) {
        int size = 0;
        for (NativeHistogram.Span span : buckets.spans()) {
            size += delimitedSize(spansField, spanSize(span));
        }
        return size + (buckets.deltas().isEmpty() ? 0 : delimitedSize(deltasField, deltasSize(buckets)));
    }

    private static int spanSize(NativeHistogram.Span span) {
        return (span.offset() == 0 ? 0 : CodedOutputStream.computeSInt32Size(SPAN_OFFSET, span.offset()))
                + (span.length() == 0 ? 0 : CodedOutputStream.computeUInt32Size(SPAN_LENGTH, span.length()));
    }

    /** The packed deltas' bytes, without their tag and length. */
    private static int deltasSize(NativeHistogram.Buckets buckets) {
        int size = 0;
        for (long delta : buckets.deltas()) {
            size += CodedOutputStream.computeSInt64SizeNoTag(delta);
        }
        return size;
    }

    private static int labelSize(TimeSeries.Label label) {
        return stringSize(NAME, label.name()) + stringSize(VALUE, label.value());
    }

    private static int stringSize(int field, String value) {
        return value.isEmpty() ? 0 : CodedOutputStream.computeStringSize(field, value);
    }

    private static int sampleSize(TimeSeries series) {
        return (Double.doubleToRawLongBits(series.value()) == 0 ? 0
                : CodedOutputStream.computeDoubleSize(SAMPLE_VALUE, series.value()))
                + (series.timestampMillis() == 0 ? 0
                : CodedOutputStream.computeInt64Size(SAMPLE_TIMESTAMP, series.timestampMillis()));
    }

    /** A length-delimited field: its tag, its length, its bytes. */
    private static int delimitedSize(int field, int length) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(length) + length;
    }

    /** Snappy's block format (not its framed one), which remote write specifies. */
    static byte[] snappy(byte[] message) {
        SnappyCompressor compressor = new SnappyCompressor();
        byte[] compressed = new byte[compressor.maxCompressedLength(message.length)];
        int length = compressor.compress(message, 0, message.length, compressed, 0, compressed.length);
        return Arrays.copyOf(compressed, length);
    }
}
