package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.RunResult;
import io.jk6.testing.run.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * One test split over three concurrent runs with k6's execution segments (as k6-operator's
 * runners, each its own instance) adds up to the same test run whole: per scenario, the
 * iterations (exactly where the executor fixes them; arrival rates: iterations started plus
 * dropped, the schedule's own count), the VUs that ran, and the maximum VUs
 * {@code inspect --execution-requirements} plans. The four runs share this framework, as tests
 * started from the shell do; nothing of a run is shared with another but the engine.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ExecutionSegmentsTest {

    private static final String SEQUENCE = "0,1/3,2/3,1";
    private static final List<String> SEGMENTS = List.of("0:1/3", "1/3:2/3", "2/3:1");
    private static final List<String> SCENARIOS = List.of("si", "pvi", "cv", "rv", "car", "rar", "ec");

    // Every scenario's iterations and the VUs that ran it counted per scenario: thresholds make the
    // submetrics, so --summary-export has them.
    private static final String SCRIPT = """
            import { Counter } from 'k6/metrics';
            import { sleep } from 'k6';
            import exec from 'k6/execution';
            const its = new Counter('its');
            const vus = new Counter('vus_seen');
            const seen = {};
            const names = ['si', 'pvi', 'cv', 'rv', 'car', 'rar', 'ec'];
            const thresholds = {};
            for (const s of names) {
              thresholds[`its{s:${s}}`] = ['count>=0'];
              thresholds[`vus_seen{s:${s}}`] = ['count>=0'];
              thresholds[`dropped_iterations{scenario:${s}}`] = ['count>=0'];
            }
            export const options = {
              thresholds,
              scenarios: {
                si: { executor: 'shared-iterations', vus: 4, iterations: 20, maxDuration: '10s', exec: 'count' },
                pvi: { executor: 'per-vu-iterations', vus: 5, iterations: 3, maxDuration: '10s', exec: 'count' },
                cv: { executor: 'constant-vus', vus: 4, duration: '2s', exec: 'loop' },
                rv: { executor: 'ramping-vus', startVUs: 1, gracefulRampDown: '0s', exec: 'loop',
                      stages: [{ duration: '1s', target: 5 }, { duration: '1s', target: 5 }, { duration: '500ms', target: 0 }] },
                car: { executor: 'constant-arrival-rate', rate: 30, timeUnit: '1s', duration: '2s',
                       preAllocatedVUs: 7, maxVUs: 7, exec: 'count' },
                rar: { executor: 'ramping-arrival-rate', startRate: 10, timeUnit: '1s', preAllocatedVUs: 5, maxVUs: 5,
                       stages: [{ duration: '1s', target: 20 }, { duration: '1s', target: 0 }], exec: 'count' },
                ec: { executor: 'externally-controlled', vus: 3, maxVUs: 4, duration: '2s', exec: 'loop' },
              },
            };
            function mark() {
              const s = exec.scenario.name;
              its.add(1, { s });
              if (!seen[s]) {
                seen[s] = true;
                vus.add(1, { s });
              }
            }
            export function count() { mark(); }
            export function loop() { mark(); sleep(0.1); }
            """;

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @InjectService(filter = "(" + Command.NAME + "=inspect)", timeout = 30_000)
    Command inspect;

    @TempDir
    Path dir;

    @Test
    void threeSegmentsAddUpToTheWholeTest() throws Exception {
        Scripts.write(dir, "all.js", SCRIPT);
        List<Jk6Run.Running> parts = new ArrayList<>();
        for (int i = 0; i < SEGMENTS.size(); i++) {
            parts.add(jk6(run, "-q", "--summary-export", "part" + i + ".json",
                    "--execution-segment", SEGMENTS.get(i), "--execution-segment-sequence", SEQUENCE, "all.js")
                    .in(dir).start());
        }
        // the whole test beside its parts, and the plans asked for while they run: their VUs mostly
        // sleep, so the four runs share the CPU with little waiting (2 cores)
        Jk6Run.Running wholeRun = jk6(run, "-q", "--summary-export", "whole.json", "all.js").in(dir).start();
        JsonNode plan = inspect();
        List<JsonNode> plans = new ArrayList<>();
        for (String segment : SEGMENTS) {
            plans.add(inspect("--execution-segment", segment, "--execution-segment-sequence", SEQUENCE));
        }
        for (Jk6Run.Running part : parts) {
            RunResult result = part.await();
            assertThat(result.exitCode()).as(result.toString()).isZero();
        }
        RunResult whole = wholeRun.await();
        assertThat(whole.exitCode()).as(whole.toString()).isZero();

        JsonNode all = read("whole.json");
        List<JsonNode> split = List.of(read("part0.json"), read("part1.json"), read("part2.json"));
        Map<String, Long> exact = Map.of("si", 20L, "pvi", 15L);
        exact.forEach((s, n) -> {
            assertThat(count(all, "its{s:" + s + "}")).as(s).isEqualTo(n);
            assertThat(sum(split, "its{s:" + s + "}")).as("%s iterations over the segments", s).isEqualTo(n);
        });
        for (String s : List.of("car", "rar")) {
            long started = count(all, "its{s:" + s + "}") + count(all, "dropped_iterations{scenario:" + s + "}");
            long startedSplit = sum(split, "its{s:" + s + "}") + sum(split, "dropped_iterations{scenario:" + s + "}");
            assertThat(startedSplit).as("%s: iterations started or dropped, the schedule's count", s)
                    .isEqualTo(started);
            assertThat(started).as("%s's schedule: 30/s for 2 s; 10 to 20/s and back to 0 over 2 s", s)
                    .isBetween(s.equals("car") ? 60L : 24L, s.equals("car") ? 60L : 25L);
        }
        for (String s : List.of("pvi", "cv", "rv", "ec")) {
            assertThat(sum(split, "vus_seen{s:" + s + "}")).as("%s: VUs that ran, over the segments", s)
                    .isEqualTo(count(all, "vus_seen{s:" + s + "}"))
                    .isEqualTo(Map.of("pvi", 5L, "cv", 4L, "rv", 5L, "ec", 3L).get(s));
        }
        // a timed executor's iteration count is the CPU's to give: four runs start at once on two
        // cores, and one of them may get far less of the 2 s than the others (16 against 43 in a
        // loaded CI run of processes). What the segments decide, the VUs, is checked exactly above.
        for (String s : List.of("cv", "rv", "ec")) {
            assertThat(sum(split, "its{s:" + s + "}")).as("%s: the segments' VUs iterated", s).isPositive();
            assertThat(count(all, "its{s:" + s + "}")).as("%s: the whole test's VUs iterated", s).isPositive();
        }

        long maxVUs = 0;
        for (int i = 0; i < SEGMENTS.size(); i++) {
            String segment = SEGMENTS.get(i);
            JsonNode part = plans.get(i);
            assertThat(part.path("executionSegment").asText()).isEqualTo(segment);
            assertThat(part.path("totalDuration").asText()).isEqualTo(plan.path("totalDuration").asText());
            maxVUs += part.path("maxVUs").asLong();
        }
        assertThat(plan.path("totalDuration").asText()).isEqualTo("40s");
        assertThat(maxVUs).as("maxVUs over the segments").isEqualTo(plan.path("maxVUs").asLong()).isEqualTo(34);
    }

    private JsonNode inspect(String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("--execution-requirements"));
        args.addAll(List.of(flags));
        args.add("all.js");
        RunResult result = jk6(inspect, args.toArray(String[]::new)).in(dir).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.stdout());
    }

    private JsonNode read(String file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(dir.resolve(file)));
    }

    /** A submetric's count; 0 when the run had no sample of it. */
    private static long count(JsonNode export, String metric) {
        return export.path("metrics").path(metric).path("count").asLong(0);
    }

    private static long sum(List<JsonNode> exports, String metric) {
        return exports.stream().mapToLong(e -> count(e, metric)).sum();
    }
}
