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
 * Runs k6's own examples of k6/experimental/fs, csv, streams and k6/secrets ({@code compat/data/}) with {@code jk6 run} and checks what
 * their header comment says k6 logs for them ({@link HeaderFacts}).
 */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CompatDataTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyK6ExampleLogsWhatK6Logs() throws IOException {
        Path folder = Compat.folder("data");
        List<Path> scripts = Compat.scripts(folder);
        assertThat(scripts).as("compat scripts in " + folder).hasSizeGreaterThanOrEqualTo(8);
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> HeaderFacts.check(run, work, folder, script)));
    }
}
