package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Segments and sequences parsed as k6 parses them (k6's lib/execution_segment_test.go tables). */
class ExecutionSegmentTest {

    @ParameterizedTest
    @CsvSource({"0:1, 0:1", "0.5:0.75, 1/2:3/4", "1/2:3/4, 1/2:3/4", "50%:75%, 1/2:3/4", "2/4:75%, 1/2:3/4",
            "75%, 0:3/4", "1/3, 0:1/3", "'', 0:1", "2/4:4/4, 1/2:1"})
    void parsesFractionsDecimalsAndPercentages(String text, String expected) {
        ExecutionSegment segment = ExecutionSegment.parse(text);
        assertThat(segment).hasToString(expected);
        assertThat(ExecutionSegment.parse(segment.toString())).isEqualTo(segment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"125%", "1a5%", "1a5", "1a5%:2/3", "125%:250%", "55%:50%", "1/2:1/2", "-1:1", "0:2",
            "1/0", "12.5%"})
    void refusesWhatK6Refuses(String text) {
        assertThatThrownBy(() -> ExecutionSegment.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsAreK6s() {
        assertThatThrownBy(() -> ExecutionSegment.parse("125%"))
                .hasMessage("segment end value can't be more than 1 but was 1.25");
        assertThatThrownBy(() -> ExecutionSegment.parse("55%:50%"))
                .hasMessage("segment start(0.55) must be less than its end(0.50)");
        assertThatThrownBy(() -> ExecutionSegment.parse("1a5"))
                .hasMessage("'1a5' is not a valid percentage, decimal, fraction or interval value");
        assertThatThrownBy(() -> ExecutionSegment.parse("1a5%:2/3")).hasMessage("'1a5%' is not a valid percentage");
        assertThatThrownBy(() -> ExecutionSegmentSequence.parse("0.5"))
                .hasMessage("at least 2 points are needed for an execution segment sequence, 1 given");
        assertThatThrownBy(() -> new ExecutionSegmentSequence(
                List.of(ExecutionSegment.parse("0:1/3"), ExecutionSegment.parse("1/2:1"))))
                .hasMessage("the start value 1/2 of segment #1 must be equal to the end value of the previous one,"
                        + " but it is 1/3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';''", "0.5,1;1/2,1", "1/2,1;1/2,1", "1/3,2/3;1/3,2/3", "0,1/3,2/3;0,1/3,2/3",
        "0,1/3,2/3,1;0,1/3,2/3,1", "0.5,0.7;1/2,7/10", "0.5,0.7,1;1/2,7/10,1",
        "0,1/13,2/13,1/3,1/2,3/4,1;0,1/13,2/13,1/3,1/2,3/4,1", "0,1/4,2/4,3/4,1;0,1/4,1/2,3/4,1"})
    void parsesSequences(String text, String expected) {
        assertThat(ExecutionSegmentSequence.parse(text)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1,1", "-0.5,1", "1/2,1/2", "1/2,1/3", "0,1,1/2", "0,,1"})
    void refusesBadSequences(String text) {
        assertThatThrownBy(() -> ExecutionSegmentSequence.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0,0.3,0.5,0.6,0.7,0.8,0.9,1;10", "0,0.1,0.5,0.6,0.7,0.8,0.9,1;10",
            "0,0.2,0.5,0.6,0.7,0.8,0.9,1;10", "0,1/3,5/6;6", "0,1/3,4/7;21"})
    void leastCommonDenominator(String sequence, long lcd) {
        assertThat(ExecutionSegmentSequence.parse(sequence).lcd()).isEqualTo(lcd);
    }
}
