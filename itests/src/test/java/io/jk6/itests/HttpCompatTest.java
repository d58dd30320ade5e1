package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.SummaryExport;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Runs every k6 script of {@code compat/http} with {@code jk6 run} (the engine's run command in this
 * framework) against the test server and checks the facts its first line states
 * ({@code // expect: checks.passes=8 checks.fails=0 exit=0}): the exit code and fields of the
 * {@code --summary-export} metrics. One test per script.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HttpCompatTest {

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    private static final Path SCRIPTS = Compat.folder("http");

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyScriptGivesWhatK6Gives() throws IOException {
        List<Path> scripts = Compat.scripts(SCRIPTS);
        assertThat(scripts).as("scripts in %s", SCRIPTS).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> run(script)));
    }

    private void run(Path script) throws IOException {
        Map<String, Long> expected = expectations(script);
        Path work = Files.createTempDirectory(dir, "run-");
        Files.copy(script, work.resolve("script.js"));
        var result = jk6(run, "-q", "-e", "BASE_URL=" + target.baseUrl(), "--summary-export", "summary.json",
                "script.js").in(work).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(expected.remove("exit").intValue());
        var export = SummaryExport.read(work.resolve("summary.json"));
        expected.forEach((field, value) -> {
            int dot = field.lastIndexOf('.');
            assertThat(export.count(field.substring(0, dot), field.substring(dot + 1))).as(field + "\n" + result)
                    .isEqualTo(value);
        });
    }

    /** The {@code // expect: name=value ...} line's facts; {@code exit} defaults to 0. */
    private static Map<String, Long> expectations(Path script) throws IOException {
        String first = Files.readAllLines(script).get(0);
        assertThat(first).as("first line of %s", script).startsWith("// expect: ");
        Map<String, Long> facts = new LinkedHashMap<>();
        facts.put("exit", 0L);
        for (String fact : first.substring("// expect: ".length()).trim().split("\\s+")) {
            String[] nameAndValue = fact.split("=", 2);
            facts.put(nameAndValue[0], Long.parseLong(nameAndValue[1]));
        }
        return facts;
    }
}
