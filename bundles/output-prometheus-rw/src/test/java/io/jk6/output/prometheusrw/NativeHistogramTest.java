package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jk6.output.prometheusrw.NativeHistogram.Buckets;
import io.jk6.output.prometheusrw.NativeHistogram.Snapshot;
import io.jk6.output.prometheusrw.NativeHistogram.Span;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucket math of schema 3 and the spans and deltas remote write carries, against hand-computed cases. */
class NativeHistogramTest {

    @Test
    void theBoundsAreThePowersOfTwoToTheEighths() {
        // 2^(j/8 - 1) for j = 0..7, the bounds Prometheus' Go client has for schema 3
        assertThat(List.of(NativeHistogram.upperBound(-8), NativeHistogram.upperBound(-7), NativeHistogram.upperBound(-6),
                NativeHistogram.upperBound(-5), NativeHistogram.upperBound(-4), NativeHistogram.upperBound(-3),
                NativeHistogram.upperBound(-2), NativeHistogram.upperBound(-1))).containsExactly(0.5,
                0.5452538663326288, 0.5946035575013605, 0.6484197773255048, 0.7071067811865475, 0.7711054127039704,
                0.8408964152537144, 0.9170040432046711);
        for (int j = 0; j < 8; j++) {
            double power = StrictMath.pow(2, j / 8.0 - 1);
            assertThat(NativeHistogram.upperBound(j - 8)).as("the power, but for rounding")
                    .isCloseTo(power, within(2 * Math.ulp(power)));
        }
        assertThat(NativeHistogram.upperBound(0)).isEqualTo(1);
        assertThat(NativeHistogram.upperBound(8)).isEqualTo(2);
        assertThat(NativeHistogram.upperBound(-80)).isEqualTo(0x1p-10);
    }

    @Test
    void aValueGoesToTheBucketWhoseUpperBoundIsTheFirstAtOrAboveIt() {
        // ceil(8 * log2(v)), worked by hand
        assertThat(NativeHistogram.bucketIndex(1)).as("a bound belongs to the bucket below it").isZero();
        assertThat(NativeHistogram.bucketIndex(Math.nextUp(1.0))).isEqualTo(1);
        assertThat(NativeHistogram.bucketIndex(2)).isEqualTo(8);
        assertThat(NativeHistogram.bucketIndex(0.5)).isEqualTo(-8);
        assertThat(NativeHistogram.bucketIndex(3)).as("8 * 1.585 = 12.68").isEqualTo(13);
        assertThat(NativeHistogram.bucketIndex(0.1)).as("8 * -3.3219 = -26.58").isEqualTo(-26);
        assertThat(NativeHistogram.bucketIndex(0.099)).as("8 * -3.3365 = -26.69").isEqualTo(-26);
        assertThat(NativeHistogram.bucketIndex(0.09)).as("8 * -3.4739 = -27.79").isEqualTo(-27);
        assertThat(NativeHistogram.bucketIndex(0.001)).as("1 ms: 8 * -9.966 = -79.73").isEqualTo(-79);
        assertThat(NativeHistogram.bucketIndex(1000)).as("8 * 9.966 = 79.73").isEqualTo(80);
        assertThat(NativeHistogram.bucketIndex(NativeHistogram.upperBound(1))).isEqualTo(1);
        assertThat(NativeHistogram.bucketIndex(Math.nextUp(NativeHistogram.upperBound(1)))).isEqualTo(2);
        assertThat(NativeHistogram.bucketIndex(Double.MIN_VALUE)).as("2^-1074, a subnormal").isEqualTo(-1074 * 8);
        assertThat(NativeHistogram.bucketIndex(Double.MAX_VALUE)).isEqualTo(1024 * 8);
        assertThat(NativeHistogram.bucketIndex(Double.POSITIVE_INFINITY)).isEqualTo(1024 * 8 + 1);
        assertThatThrownBy(() -> NativeHistogram.bucketIndex(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyValueLiesAboveItsBucketsLowerBoundAndAtOrBelowItsUpper() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 100_000; n++) {
            double value = Math.scalb(1 + random.nextDouble(), random.nextInt(-140, 140));
            int index = NativeHistogram.bucketIndex(value);
            assertThat(value).as("bucket %d", index).isGreaterThan(NativeHistogram.upperBound(index - 1))
                    .isLessThanOrEqualTo(NativeHistogram.upperBound(index));
        }
    }

    @Test
    void bucketsAreSpansOfPresentBucketsAndDeltasOfTheirCounts() {
        assertThat(Buckets.of(0, new long[] {2, 1})).isEqualTo(new Buckets(List.of(new Span(0, 2)), List.of(2L, -1L)));
        assertThat(Buckets.of(-28, new long[] {0, 0, 3, 0, 1, 0}))
                .as("one empty bucket (index -25) inside a span, a zero count")
                .isEqualTo(new Buckets(List.of(new Span(-26, 3)), List.of(3L, -3L, 1L)));
        assertThat(Buckets.of(0, new long[] {1, 0, 0, 1}))
                .as("two empty buckets still inside the span")
                .isEqualTo(new Buckets(List.of(new Span(0, 4)), List.of(1L, -1L, 0L, 1L)));
        assertThat(Buckets.of(5, new long[] {1, 0, 0, 0, 4, 4}))
                .as("three empty buckets: a second span, its offset the gap; deltas go on across spans")
                .isEqualTo(new Buckets(List.of(new Span(5, 1), new Span(3, 2)), List.of(1L, 3L, 0L)));
        assertThat(Buckets.of(3, new long[] {0, 0})).isEqualTo(Buckets.NONE);
    }

    @Test
    void aHistogramCountsEachValueInItsBucketTheZeroBucketOrTheNegativeSide() {
        NativeHistogram histogram = new NativeHistogram();
        for (double value : new double[] {0.1, 0.099, 0.09, 0.001, 0, 1e-40, -0.5, -0.5, 1000}) {
            histogram.add(value);
        }

        Snapshot snapshot = histogram.snapshot();

        assertThat(snapshot.count()).isEqualTo(9);
        assertThat(snapshot.sum()).isEqualTo(0.1 + 0.099 + 0.09 + 0.001 + 0 + 1e-40 - 0.5 - 0.5 + 1000);
        assertThat(snapshot.schema()).isEqualTo(3);
        assertThat(snapshot.zeroThreshold()).isEqualTo(2.938735877055719e-39);
        assertThat(snapshot.zeroCount()).as("0 and 1e-40, within ±2^-128").isEqualTo(2);
        assertThat(snapshot.negative()).isEqualTo(new Buckets(List.of(new Span(-8, 1)), List.of(2L)));
        // buckets -79 (1 ms), -27 (0.09), -26 (0.099 and 0.1), 80 (1000)
        assertThat(snapshot.positive()).isEqualTo(new Buckets(
                List.of(new Span(-79, 1), new Span(51, 2), new Span(105, 1)), List.of(1L, 0L, 1L, -1L)));
    }

    @Test
    void theCountsGrowEitherWayAndANanCountsInNoBucket() {
        NativeHistogram histogram = new NativeHistogram();
        histogram.add(1);
        histogram.add(0x1p-100); // far below: the counts grow downwards
        histogram.add(0x1p100); // far above: upwards
        histogram.add(1);
        histogram.add(Double.NaN);

        Snapshot snapshot = histogram.snapshot();

        assertThat(snapshot.count()).isEqualTo(5);
        assertThat(snapshot.sum()).isNaN();
        assertThat(snapshot.zeroCount()).isZero();
        assertThat(snapshot.positive()).isEqualTo(new Buckets(
                List.of(new Span(-800, 1), new Span(799, 1), new Span(799, 1)), List.of(1L, 1L, -1L)));
        assertThat(snapshot.negative()).isEqualTo(Buckets.NONE);
    }
}
