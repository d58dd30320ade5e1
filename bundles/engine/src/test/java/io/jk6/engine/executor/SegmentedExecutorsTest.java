package io.jk6.engine.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.config.ExecutionSegmentSequence;
import io.jk6.engine.config.ExecutionTuple;
import io.jk6.engine.config.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every executor split over the segments of a sequence adds up to the unsegmented executor,
 * as in k6: VUs, iterations and arrival-rate starts, at every moment of a ramp; the test-wide
 * numbers of iterations the instances hand out never clash. Times are not scaled.
 */
class SegmentedExecutorsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private static List<ExecutionTuple> segments(String sequence) {
        ExecutionSegmentSequence s = ExecutionSegmentSequence.parse(sequence);
        return s.segments().stream().map(segment -> ExecutionTuple.of(segment, s)).toList();
    }

    private static <E extends Executor> long sum(E executor, String sequence, ToLongFunction<E> part) {
        long sum = 0;
        for (ExecutionTuple t : segments(sequence)) {
            @SuppressWarnings("unchecked")
            E segmented = (E) executor.segmented(t);
            sum += part.applyAsLong(segmented);
        }
        return sum;
    }

    private static List<Long> starts(ArrivalRateLoop.Schedule schedule, long endNanos) {
        List<Long> starts = new ArrayList<>();
        for (long t = schedule.next(); t >= 0 && t < endNanos; t = schedule.next()) {
            starts.add(t);
        }
        return starts;
    }

    /** The iteration numbers the instances hand out for their {@code count} iterations: all different. */
    private static Set<Long> iterationNumbers(Executor executor, String sequence, ToLongFunction<Executor> count) {
        Set<Long> numbers = new HashSet<>();
        for (ExecutionTuple t : segments(sequence)) {
            Executor segmented = executor.segmented(t);
            for (long i = 0; i < count.applyAsLong(segmented); i++) {
                assertThat(numbers.add(segmented.iterationStripes().globalIndex(i))).as("iteration number twice").isTrue();
            }
        }
        return numbers;
    }

    private static Set<Long> range(long n) {
        Set<Long> all = new HashSet<>();
        for (long i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1", "0,0.1,0.5,1", "0,1/4,2/4,3/4,1"})
    void constantAndPerVuIterationsShareTheirVUs(String sequence) {
        for (int vus = 1; vus <= 25; vus++) {
            ConstantVus constant = new ConstantVus(vus, SECOND, SECOND);
            assertThat(sum(constant, sequence, Executor::maxVUs)).isEqualTo(vus);
            assertThat(sum(constant, sequence, e -> e.duration().toMillis())).isEqualTo(
                    segments(sequence).size() * 1000L);
            PerVuIterations perVu = new PerVuIterations(vus, 7, SECOND, SECOND);
            assertThat(sum(perVu, sequence, e -> (long) e.maxVUs() * e.iterations())).isEqualTo(vus * 7L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1", "0,0.1,0.5,1"})
    void sharedIterationsSplitByTheVUsShare(String sequence) {
        for (int vus = 1; vus <= 12; vus++) {
            for (long iterations : new long[] {vus, vus + 1, 10L * vus + 7, 1000}) {
                SharedIterations shared = new SharedIterations(vus, iterations, SECOND, SECOND);
                assertThat(sum(shared, sequence, Executor::maxVUs)).isEqualTo(vus);
                assertThat(sum(shared, sequence, SharedIterations::scaledIterations)).isEqualTo(iterations);
                for (ExecutionTuple t : segments(sequence)) {
                    SharedIterations s = shared.segmented(t);
                    assertThat(s.hasWork()).isEqualTo(s.maxVUs() > 0);
                }
                assertThat(iterationNumbers(shared, sequence, e -> ((SharedIterations) e).scaledIterations()))
                        .isEqualTo(range(iterations));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1", "0,0.1,0.5,1"})
    void rampingVusAddUpAtEveryMoment(String sequence) {
        RampingVus ramp = new RampingVus(3, List.of(new Stage(Duration.ofSeconds(10), 17), new Stage(SECOND, 17),
                new Stage(Duration.ofSeconds(7), 2), new Stage(Duration.ZERO, 9), new Stage(Duration.ofSeconds(3), 0)),
                Duration.ofSeconds(2), SECOND);
        assertThat(sum(ramp, sequence, Executor::maxVUs)).isEqualTo(17);
        assertThat(sum(ramp, sequence, Executor::initialVUs)).isEqualTo(3);
        for (long ms = 0; ms <= 22_000; ms += 10) {
            Duration at = Duration.ofMillis(ms);
            assertThat(sum(ramp, sequence, e -> e.targetAt(at))).as("VUs at %s", at).isEqualTo(ramp.targetAt(at));
            assertThat(sum(ramp, sequence, e -> e.allowedAt(at))).as("allowed at %s", at).isEqualTo(ramp.allowedAt(at));
        }
        assertThat(iterationNumbers(ramp, sequence, e -> 100)).hasSize(segments(sequence).size() * 100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1", "0,0.1,0.5,1"})
    void constantArrivalRateStartsTheSameIterationsAtTheSameTimes(String sequence) {
        for (int maxVUs : new int[] {1, 2, 3, 10, 11}) {
            ConstantArrivalRate rate = new ConstantArrivalRate(37, SECOND, Duration.ofSeconds(3), Math.max(1, maxVUs / 2),
                    maxVUs, SECOND);
            assertThat(sum(rate, sequence, Executor::maxVUs)).isEqualTo(maxVUs);
            assertThat(sum(rate, sequence, Executor::preInitVUs)).isEqualTo(Math.max(1, maxVUs / 2));
            long end = Duration.ofSeconds(3).toNanos();
            List<Long> whole = starts(rate.schedule(), end);
            List<Long> parts = new ArrayList<>();
            for (ExecutionTuple t : segments(sequence)) {
                ConstantArrivalRate part = rate.segmented(t);
                List<Long> own = part.hasWork() ? starts(part.schedule(), end) : List.of();
                assertThat(own).isSorted();
                parts.addAll(own);
            }
            assertThat(whole).hasSize(111);
            assertThat(parts).containsExactlyInAnyOrderElementsOf(whole);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1", "0,0.1,0.5,1"})
    void rampingArrivalRateStartsTheSameIterationsAtTheSameTimes(String sequence) {
        RampingArrivalRate rate = new RampingArrivalRate(4, SECOND, List.of(new Stage(Duration.ofSeconds(2), 30),
                new Stage(SECOND, 30), new Stage(Duration.ofSeconds(2), 0)), 2, 7, SECOND);
        assertThat(sum(rate, sequence, Executor::maxVUs)).isEqualTo(7);
        assertThat(sum(rate, sequence, Executor::preInitVUs)).isEqualTo(2);
        List<Long> whole = starts(rate.schedule(), Long.MAX_VALUE);
        List<Long> parts = new ArrayList<>();
        for (ExecutionTuple t : segments(sequence)) {
            parts.addAll(starts(rate.segmented(t).schedule(), Long.MAX_VALUE));
        }
        assertThat(whole).hasSize(93); // area 34 + 30 + 30 = 94, the 94th at the very end
        assertThat(parts).containsExactlyInAnyOrderElementsOf(whole);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,1/3,2/3,1", "0,1/2,3/4,1"})
    void externallyControlledSharesItsVUsAndEveryChange(String sequence) {
        ExternallyControlled whole = new ExternallyControlled(4, 10, Duration.ofSeconds(5), SECOND);
        List<ExternallyControlled> parts = segments(sequence).stream().map(whole::segmented).toList();
        assertThat(parts.stream().mapToInt(Executor::maxVUs).sum()).isEqualTo(10);
        assertThat(parts.stream().mapToInt(Executor::initialVUs).sum()).isEqualTo(4);
        for (int vus = 0; vus <= 10; vus++) {
            int n = vus;
            parts.forEach(p -> p.setVUs(n));
            assertThat(parts.stream().mapToInt(ExternallyControlled::targetVUs).sum()).isEqualTo(vus);
        }
        assertThat(parts).allMatch(Executor::hasWork);
    }
}
