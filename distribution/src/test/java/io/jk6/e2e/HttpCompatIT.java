package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every k6 script of {@code compat/http} against the test server and checks the facts its
 * first line states ({@code // expect: checks.passes=8 checks.fails=0 exit=0}): the exit code
 * and fields of the {@code --summary-export} metrics. One test per script.
 */
class HttpCompatIT {

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    private static final Path SCRIPTS = Path.of(System.getProperty("jk6.compat", "../compat")).resolve("http")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyScriptGivesWhatK6Gives() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).as("scripts in %s", SCRIPTS).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> run(script)));
    }

    private void run(Path script) throws IOException {
        Map<String, Long> expected = expectations(script);
        Path work = Files.createTempDirectory(dir, "run-");
        Files.copy(script, work.resolve("script.js"));
        var result = jk6("run", "-q", "-e", "BASE_URL=" + target.baseUrl(), "--summary-export", "summary.json",
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
