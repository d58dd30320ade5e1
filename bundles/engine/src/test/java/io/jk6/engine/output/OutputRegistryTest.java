package io.jk6.engine.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputRegistryTest {

    private final OutputRegistry registry = new OutputRegistry();
    private final OutputFactory first = params -> new RecordingOutput("first");
    private final OutputFactory second = params -> new RecordingOutput("second");

    private static Map<String, Object> props(String name, String component) {
        return Map.of(OutputName.PROPERTY, name, "component.name", component);
    }

    @Test
    void aTakenNameIsRefusedUntilTheFirstFactoryLeaves() {
        registry.bindOutputFactory(first, props("json", "a.First"));
        registry.bindOutputFactory(second, props("json", "b.Second"));

        assertThat(registry.find("json")).map(OutputRegistry.Registration::factory).containsSame(first);

        registry.unbindOutputFactory(first, props("json", "a.First"));
        assertThat(registry.find("json")).map(OutputRegistry.Registration::factory).containsSame(second);

        registry.unbindOutputFactory(second, props("json", "b.Second"));
        assertThat(registry.find("json")).isEmpty();
        assertThat(registry.names()).isEmpty();
    }

    @Test
    void aFactoryWithoutANameIsIgnored() {
        registry.bindOutputFactory(first, Map.of("component.name", "a.First"));
        assertThat(registry.names()).isEmpty();
    }

    @Test
    void namesAreSorted() {
        registry.bindOutputFactory(first, props("logger", "a.First"));
        registry.bindOutputFactory(second, props("json", "b.Second"));
        assertThat(registry.names()).containsExactly("json", "logger");
    }

    @Test
    void aFlagSplitsAtTheFirstEqualsSign() {
        assertThat(OutputSpec.parse("json=a=b.json")).isEqualTo(new OutputSpec("json", "a=b.json"));
        assertThat(OutputSpec.parse("logger")).isEqualTo(new OutputSpec("logger", ""));
    }
}
