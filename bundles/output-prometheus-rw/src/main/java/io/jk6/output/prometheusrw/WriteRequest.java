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
 * the protobuf message compressed with snappy's block format. The four messages it needs are
 * written field by field rather than generated:
 *
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; }
 * </pre>
 *
 * Fields at their default (0, empty) are left out, as proto3's encoders (k6's) do.
 */
final class WriteRequest {

    private static final int TIMESERIES = 1;
    private static final int LABELS = 1;
    private static final int SAMPLES = 2;
    private static final int NAME = 1;
    private static final int VALUE = 2;
    private static final int SAMPLE_VALUE = 1;
    private static final int SAMPLE_TIMESTAMP = 2;

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
        out.writeTag(SAMPLES, WireFormat.WIRETYPE_LENGTH_DELIMITED);
        out.writeUInt32NoTag(sampleSize(series));
        if (Double.doubleToRawLongBits(series.value()) != 0) {
            out.writeDouble(SAMPLE_VALUE, series.value());
        }
        if (series.timestampMillis() != 0) {
            out.writeInt64(SAMPLE_TIMESTAMP, series.timestampMillis());
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
        return size + delimitedSize(SAMPLES, sampleSize(series));
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
