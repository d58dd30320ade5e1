package io.jk6.itests.hot;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputParams;
import io.jk6.api.metrics.SampleContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The output of the bundles tests build and drop into the deploy folder (component description
 * written by {@link io.jk6.itests.DeployFolder}): {@code --out hot=FILE} writes
 * {@code <hot.version> <samples received>} to FILE when the test ends.
 */
public class HotOutputFactory implements OutputFactory {

    private String version = "unknown";

    protected void activate(Map<String, Object> properties) {
        version = String.valueOf(properties.get("hot.version"));
    }

    @Override
    public Output create(OutputParams params) {
        Path file = params.workingDirectory().resolve(params.configArgument());
        AtomicLong samples = new AtomicLong();
        return new Output() {
            @Override
            public String description() {
                return "hot " + version + " (" + file.getFileName() + ")";
            }

            @Override
            public void start() {
            }

            @Override
            public void addMetricSamples(List<SampleContainer> containers) {
                containers.forEach(c -> samples.addAndGet(c.samples().size()));
            }

            @Override
            public void stop() {
                try {
                    Files.writeString(file, version + " " + samples.get());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
