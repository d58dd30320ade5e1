package io.jk6.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.runner.OptionFlag;
import io.jk6.engine.config.OptionLayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's layer: values as typed, each problem naming the flag that set it. */
class FlagLayerTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void valuesAsTypedBecomeTheOptionsK6Reads() {
        OptionLayer layer = FlagLayer.of(List.of(new OptionFlag("vus", "10", "--vus"),
                new OptionFlag("stages", List.of("30s:10", "1m:0"), "--stage"),
                new OptionFlag("tags", List.of("team=load", "env=ci"), "--tag"),
                new OptionFlag("noSetup", true, "--no-setup"),
                new OptionFlag("insecureSkipTLSVerify", "true", "--insecure-skip-tls-verify"),
                new OptionFlag("executionSegment", "0:1/2", "--execution-segment")), problems);

        assertThat(problems).isEmpty();
        assertThat(layer.vus()).isEqualTo(10);
        assertThat(layer.stages()).hasSize(2);
        assertThat(layer.stages().getFirst().duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(layer.tags()).containsEntry("team", "load").containsEntry("env", "ci");
        assertThat(layer.test().noSetup()).isTrue();
        assertThat(layer.test().modules().values()).containsEntry("insecureSkipTLSVerify", true);
        assertThat(layer.test().executionSegment()).isNotNull();
    }

    @Test
    void everyBadValueIsAProblemNamingItsFlag() {
        FlagLayer.of(List.of(new OptionFlag("duration", "ten", "-d"),
                new OptionFlag("stages", List.of("30s"), "--stage"),
                new OptionFlag("tags", List.of("=x"), "--tag"),
                new OptionFlag("summaryTimeUnit", "h", "--summary-time-unit"),
                new OptionFlag("batch", "many", "--batch"),
                new OptionFlag("executionSegment", "2/1", "--execution-segment"),
                new OptionFlag("warp", "9", "--warp")), problems);

        assertThat(problems).hasSize(7)
                .anyMatch(p -> p.startsWith("-d: "))
                .anyMatch(p -> p.startsWith("--stage: "))
                .anyMatch(p -> p.startsWith("--tag: error parsing tag '=x'"))
                .anyMatch(p -> p.startsWith("--summary-time-unit: invalid summary time unit"))
                .anyMatch(p -> p.startsWith("--batch"))
                .anyMatch(p -> p.startsWith("--execution-segment: "))
                .anyMatch(p -> p.equals("--warp: jk6 knows no option \"warp\""));
    }
}
