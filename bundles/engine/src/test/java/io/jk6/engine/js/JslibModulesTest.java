package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JslibModulesTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    // A handleSummary data object as k6 passes it: one check, a trend with thresholds, a counter.
    private static final String DATA = """
            const data = {
              root_group: { name: '', path: '', id: 'd41d8cd98f00b204e9800998ecf8427e', groups: [],
                checks: [{ name: 'status is 200', path: '::status is 200', id: 'x', passes: 10, fails: 0 }] },
              options: { summaryTrendStats: ['avg', 'p(95)'], summaryTimeUnit: '', noColor: false },
              state: { isStdOutTTY: false, isStdErrTTY: false, testRunDurationMs: 1000 },
              metrics: {
                http_req_duration: { type: 'trend', contains: 'time', values: { avg: 1.5, 'p(95)': 12.25 },
                  thresholds: { 'p(95)<10': { ok: false } } },
                http_reqs: { type: 'counter', contains: 'default', values: { count: 10, rate: 10 } },
              },
            };
            """;

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private VuRuntime runtime(String script) throws IOException {
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        return new VuRuntime(JS.engine(), ProbeModule.registryWith(new ProbeModule()), new NoVu(), file, Map.of(),
                (level, message) -> { });
    }

    @Test
    void textSummaryOfJslibUrlsRendersK6sLegacyLayoutOffline() throws Exception {
        try (VuRuntime vu = runtime("""
                import { textSummary } from 'https://jslib.k6.io/k6-summary/0.0.2/index.js';
                import * as old from 'https://jslib.k6.io/k6-summary/0.0.1/index.js';
                """ + DATA + """
                export const text = textSummary(data, { indent: ' ', enableColors: false });
                export const same = old.textSummary(data, { indent: ' ', enableColors: false }) === text;
                """)) {
            Value exports = vu.evaluate();
            assertThat(exports.getMember("text").asString()).isEqualTo(
                    "     ✓ status is 200\n"
                    + "\n"
                    + "   ✗ http_req_duration...: avg=1.5ms p(95)=12.25ms\n"
                    + "     http_reqs...........: 10 10/s");
            assertThat(exports.getMember("same").asBoolean()).isTrue();
        }
    }

    @Test
    void jUnitListsEveryThresholdAsATestCase() throws Exception {
        try (VuRuntime vu = runtime("""
                import { jUnit } from 'https://jslib.k6.io/k6-summary/0.1.0/index.js';
                """ + DATA + """
                export const xml = jUnit(data);
                """)) {
            String xml = vu.evaluate().getMember("xml").asString();
            assertThat(xml).contains("<testsuites tests=\"1\" failures=\"1\">")
                    .contains("<testcase name=\"http_req_duration - p(95)&lt;10\" classname=\"Unnamed folder\">"
                            + "<failure message=\"trend threshold failed: avg value: 1.5, p(95) value: 12.25\" />");
        }
    }

    @Test
    void anotherRemoteModuleFailsNamingItsUrl() throws Exception {
        try (VuRuntime vu = runtime("""
                import { uuidv4 } from 'https://jslib.k6.io/k6-utils/1.4.0/index.js';
                export default function () {}
                """)) {
            assertThatThrownBy(vu::evaluate).isInstanceOf(ScriptException.class)
                    .hasMessageContaining("\"https://jslib.k6.io/k6-utils/1.4.0/index.js\"")
                    .hasMessageContaining("jk6 does not fetch remote modules");
        }
    }
}
