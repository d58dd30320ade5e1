package io.jk6.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class NamedServicesTest {

    private record Entry(String name, Object service, String provider) implements NamedServices.Named {
    }

    private final NamedServices<Entry> services = new NamedServices<>("output", LoggerFactory.getLogger(getClass()));
    private final Object first = new Object();
    private final Object second = new Object();

    @Test
    void aTakenNameIsRefusedUntilTheFirstServiceLeaves() {
        services.add(new Entry("json", first, "bundle a 1.0.0"));
        services.add(new Entry("json", second, "bundle b 1.0.0"));

        assertThat(services.find("json")).map(Entry::service).containsSame(first);

        services.remove("json", first);
        assertThat(services.find("json")).map(Entry::service).containsSame(second);

        services.remove("json", second);
        assertThat(services.find("json")).isEmpty();
        assertThat(services.names()).isEmpty();
    }

    @Test
    void removingAServiceThatDoesNotServeTheNameChangesNothing() {
        services.add(new Entry("json", first, "bundle a 1.0.0"));
        services.remove("json", second);
        services.remove("logger", first);
        assertThat(services.find("json")).map(Entry::service).containsSame(first);
    }

    @Test
    void namesAreSorted() {
        services.add(new Entry("logger", first, "bundle a 1.0.0"));
        services.add(new Entry("json", second, "bundle b 1.0.0"));
        assertThat(services.names()).containsExactly("json", "logger");
    }
}
