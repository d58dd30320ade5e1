package io.jk6.itests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Runs every k6 script of {@code compat/summary/} (handleSummary, jslib's textSummary, summary
 * and threshold options, the {@code K6_*} variables, {@code --config}) with {@code jk6 run} (the
 * engine's run command in this framework) and checks the facts its header comment states: exit
 * code, what stdout and stderr hold, the files it writes ({@link HeaderFacts}). The header format is
 * in {@code compat/summary/README.md}.
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CompatSummaryTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyCompatScriptMeetsItsExpectedFacts() throws IOException {
        Path folder = Compat.folder("summary");
        List<Path> scripts = Compat.scripts(folder);
        assertThat(scripts).as("compat scripts in " + folder).hasSizeGreaterThanOrEqualTo(10);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> HeaderFacts.check(run, work, folder, script)));
    }
}
