package io.jk6.output.prometheusrw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A trend series' percentiles, push after push: each push sorts only the values added since the last. */
class TrendValuesTest {

    /** k6's percentile of all the values, sorted from scratch. */
    private static double reference(double[] all, int count, double fraction) {
        double[] sorted = Arrays.copyOf(all, count);
        Arrays.sort(sorted);
        double rank = fraction * (count - 1);
        double lower = sorted[(int) Math.floor(rank)];
        return lower + (sorted[(int) Math.ceil(rank)] - lower) * (rank - Math.floor(rank));
    }

    @Test
    void percentilesAfterEachPushAreThoseOfEveryValueSoFar() {
        TrendValues trend = new TrendValues();
        Random random = new Random(42);
        double[] all = new double[20_000];
        int count = 0;
        // pushes of different sizes; later values mostly larger, as response times drifting up, some smaller
        for (int push = 1; push <= 12; push++) {
            for (int i = 0; i < push * 250; i++) {
                double value = random.nextDouble() * 100 + push * (random.nextBoolean() ? 10 : -5);
                trend.add(value);
                all[count++] = value;
            }
            for (double fraction : new double[] {0, 0.5, 0.9, 0.95, 0.99, 1}) {
                assertThat(trend.percentile(fraction)).as("p(%s) after push %d", fraction * 100, push)
                        .isEqualTo(reference(all, count, fraction));
            }
        }
        assertThat(trend.count()).isEqualTo(count);
    }

    @Test
    void valuesAllBelowTheSortedOnesMoveInFront() {
        TrendValues trend = new TrendValues();
        for (double v : new double[] {5, 6, 7}) {
            trend.add(v);
        }
        assertThat(trend.percentile(0.5)).isEqualTo(6);
        for (double v : new double[] {3, 1, 2}) {
            trend.add(v);
        }

        assertThat(trend.percentile(0)).isEqualTo(1);
        assertThat(trend.percentile(0.5)).isEqualTo(4); // between 3 and 5
        assertThat(trend.percentile(1)).isEqualTo(7);
    }
}
