package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** k6's striping: its lib/execution_segment_test.go tables, and the sums it promises. */
class ExecutionTupleTest {

    private static ExecutionTuple tuple(String segment, String sequence) {
        return ExecutionTuple.of(ExecutionSegment.parse(segment), ExecutionSegmentSequence.parse(sequence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0:0.3;0;4 3 3;10",
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0.3:0.5;1;4 6;10",
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0.5:0.6;2;10;10",
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0.6:0.7;3;10;10",
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0.8:0.9;8;10;10",
        "0,0.3,0.5,0.6,0.7,0.8,0.9,1;0.9:1;9;10;10",
        "0,0.2,0.5,0.6,0.7,0.8,0.9,1;0.9:1;9;10;10",
        "0,0.2,0.5,0.6,0.7,0.8,0.9,1;0:0.2;1;4 6;10",
        "0,0.2,0.5,0.6,0.7,0.8,0.9,1;0.6:0.7;3;10;10",
        "0,0.2,0.5;0:0.2;3;6 4;10",
        "0,0.2,0.5;0.2:0.5;1;4 2 4;10",
        "0,2/5,4/5;0:2/5;0;3 2;5",
        "0,2/5,4/5;2/5:4/5;1;3 2;5",
        "'';0:0.2;1;5;5",
        "'';0:1/5;1;5;5",
        "'';0:2/10;1;5;5",
        "'';0:0.4;1;2 3;5",
        "'';0:2/5;1;2 3;5",
        "'';2/5:4/5;1;3 2;5",
        "'';0:4/10;1;2 3;5",
        "'';1/10:5/10;1;2 2 4 2;10"})
    void stripedOffsetsAreK6s(String sequence, String segment, long start, String offsets, long lcd) {
        ExecutionTuple t = tuple(segment, sequence);
        long[] striped = t.stripedOffsets();
        assertThat(striped[0]).isEqualTo(start);
        assertThat(Arrays.copyOfRange(striped, 1, striped.length))
                .containsExactly(Arrays.stream(offsets.split(" ")).mapToLong(Long::parseLong).toArray());
        assertThat(t.lcd()).isEqualTo(lcd);
    }

    @Test
    void scalesAsK6sTupleTable() {
        record Case(String segment, String sequence, Map<Long, Long> scale, Map<Long, Map<Long, Long>> reSegmented) {
        }
        List<Case> cases = List.of(
                new Case("0:1", "", Map.of(50L, 50L, 1L, 1L, 0L, 0L),
                        Map.of(50L, Map.of(50L, 50L, 1L, 1L, 0L, 0L), 1L, Map.of(50L, 50L, 1L, 1L, 0L, 0L))),
                new Case("0:1", "0,1", Map.of(50L, 50L, 1L, 1L, 0L, 0L), Map.of(1L, Map.of(50L, 50L))),
                new Case("0:1/3", "0,1/3,2/3,1", Map.of(50L, 17L, 3L, 1L, 2L, 1L, 1L, 1L, 0L, 0L),
                        Map.of(50L, Map.of(50L, 17L, 1L, 1L, 0L, 0L), 20L, Map.of(50L, 18L, 1L, 1L, 0L, 0L),
                                3L, Map.of(50L, 17L, 1L, 1L), 2L, Map.of(50L, 25L, 1L, 1L), 1L, Map.of(50L, 50L, 1L, 1L))),
                new Case("1/3:2/3", "0,1/3,2/3,1", Map.of(50L, 17L, 3L, 1L, 2L, 1L, 1L, 0L, 0L, 0L),
                        Map.of(50L, Map.of(50L, 17L, 1L, 0L), 20L, Map.of(50L, 17L, 1L, 0L),
                                3L, Map.of(50L, 17L, 1L, 0L), 2L, Map.of(50L, 25L, 1L, 0L))),
                new Case("2/3:1", "0,1/3,2/3,1", Map.of(50L, 16L, 3L, 1L, 2L, 0L, 1L, 0L, 0L, 0L),
                        Map.of(50L, Map.of(50L, 16L, 1L, 0L), 20L, Map.of(50L, 15L, 1L, 0L),
                                3L, Map.of(50L, 16L, 1L, 0L))));
        for (Case c : cases) {
            ExecutionTuple t = tuple(c.segment(), c.sequence());
            c.scale().forEach((value, scaled) -> assertThat(t.scale(value)).as("%s scale(%d)", t, value).isEqualTo(scaled));
            c.reSegmented().forEach((value, table) -> table.forEach((v, scaled) ->
                    assertThat(t.reSegmented(value).scale(v)).as("%s re-cut by %d, scale(%d)", t, value, v).isEqualTo(scaled)));
            assertThat(t.reSegmented(0)).isNull();
        }
        assertThat(tuple("1/3:2/3", "0,1/3,2/3,1").reSegmented(1)).isNull();
        assertThat(tuple("2/3:1", "0,1/3,2/3,1").reSegmented(2)).isNull();
        assertThat(tuple("0:1/3", "0,1/3,2/3,1").reSegmented(20).sequence()).hasToString("0,7/20,7/10,1");
        assertThat(tuple("0:7/20", "0,7/20,7/10,1").scale(50)).isEqualTo(18);
        assertThat(tuple("0.5", "").scale(3)).isEqualTo(2);
        assertThat(tuple("0.5:1.0", "0,0.5,1").scale(3)).isEqualTo(1);
    }

    @Test
    void theDocumentedExample() {
        String sequence = "0,1/2,3/4,1";
        long[][] expected = {{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6}, {0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3},
                {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3}};
        String[] segments = {"0:1/2", "1/2:3/4", "3/4:1"};
        for (int s = 0; s < 3; s++) {
            ExecutionTuple t = tuple(segments[s], sequence);
            for (int v = 1; v <= 12; v++) {
                assertThat(t.scale(v)).isEqualTo(expected[s][v - 1]);
            }
        }
        assertThat(List.of(tuple("1/2:3/4", sequence).globalIndex(0), tuple("1/2:3/4", sequence).globalIndex(1)))
                .containsExactly(1L, 5L);
    }

    @Test
    void segmentNotInTheSequenceIsRefused() {
        assertThatThrownBy(() -> tuple("0:1/3", "0,1/2,1"))
                .hasMessage("couldn't find segment 0:1/3 in sequence 0,1/2,1");
    }

    /** k6's random consistency tests: shares add up to the whole, grow monotonically, never overlap. */
    @Test
    void sharesAddUpNeverShrinkAndNeverOverlap() {
        Random random = new Random(42);
        for (int round = 0; round < 30; round++) {
            int n = 2 + random.nextInt(9);
            long[] numerators = new long[n];
            long denominator = 0;
            for (int i = 0; i < n; i++) {
                numerators[i] = 1 + random.nextInt(100);
                denominator += numerators[i];
            }
            List<ExecutionSegment> segments = new ArrayList<>();
            long from = 0;
            for (long num : numerators) {
                segments.add(new ExecutionSegment(new Fraction(from, denominator), new Fraction(from + num, denominator)));
                from += num;
            }
            ExecutionSegmentSequence sequence = new ExecutionSegmentSequence(segments);
            List<ExecutionTuple> tuples = segments.stream().map(s -> ExecutionTuple.of(s, sequence)).toList();
            for (long value = 0; value < 400; value++) {
                long v = value;
                assertThat(tuples.stream().mapToLong(t -> t.scale(v)).sum()).isEqualTo(value);
                tuples.forEach(t -> assertThat(t.scale(v + 1)).isGreaterThanOrEqualTo(t.scale(v)));
            }
            Set<Long> seen = new HashSet<>();
            for (ExecutionTuple t : tuples) {
                for (long local = 0; local < t.scale(1000L); local++) {
                    assertThat(seen.add(t.globalIndex(local))).as("index owned twice").isTrue();
                    assertThat(t.globalIndex(local)).isLessThan(1000);
                }
            }
            assertThat(seen).hasSize(1000);
        }
    }

    @Test
    void segmentedIndexWalksAsK6s() {
        // owns 1, 5, 9... of the test's items (from 0): VUs 2, 6, 10... (from 1)
        ExecutionTuple t = tuple("1/2:3/4", "0,1/2,3/4,1");
        assertThat(t.stripedOffsets()).containsExactly(1, 4);
        SegmentedIndex s = new SegmentedIndex(t);
        assertThat(s.next()).containsExactly(1, 2);
        assertThat(s.prev()).containsExactly(0, 0);
        assertThat(s.next()).containsExactly(1, 2);
        assertThat(s.next()).containsExactly(2, 6);
        assertThat(s.next()).containsExactly(3, 10);
        assertThat(s.prev()).containsExactly(2, 6);
        assertThat(s.goTo(6)).containsExactly(2, 6);
        assertThat(s.goTo(5)).containsExactly(1, 2);
        assertThat(s.goTo(9)).containsExactly(2, 6);
        assertThat(s.goTo(10)).containsExactly(3, 10);
        assertThat(s.goTo(1)).containsExactly(0, 0);
        SegmentedIndex otherHalf = new SegmentedIndex(tuple("1/2:1", ""));
        assertThat(otherHalf.next()).containsExactly(1, 2);
        assertThat(otherHalf.next()).containsExactly(2, 4);
        assertThat(otherHalf.next()).containsExactly(3, 6);
        SegmentedIndex full = new SegmentedIndex(ExecutionTuple.FULL);
        assertThat(full.next()).containsExactly(1, 1);
        assertThat(full.next()).containsExactly(2, 2);
    }
}
