package io.jk6.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NamedServicesTest {

    private record Entry(String name, Object service, String provider, Rank rank)
            implements NamedServices.Named {
        Entry(String name, Object service, String provider) {
            this(name, service, provider, Rank.NONE);
        }
    }

    private final NamedServices<Entry> services = new NamedServices<>("output");
    private final Object first = new Object();
    private final Object second = new Object();

    @Test
    void amongEqualsTheFirstServesUntilItLeaves() {
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
    void theHigherBundleVersionServesWhateverTheOrder() {
        services.add(new Entry("json", first, "bundle a 1.0.0", rank("1.0.0", 7)));
        services.add(new Entry("json", second, "bundle b 1.1.0", rank("1.1.0", 9)));

        assertThat(services.find("json")).map(Entry::service).containsSame(second);
        services.remove("json", second);
        assertThat(services.find("json")).map(Entry::service).containsSame(first);
    }

    @Test
    void atEqualVersionsTheLowerBundleIdServes() {
        services.add(new Entry("json", first, "bundle a 1.0.0", rank("1.0.0", 12)));
        services.add(new Entry("json", second, "bundle b 1.0.0", rank("1.0.0", 5)));

        assertThat(services.find("json")).map(Entry::service).containsSame(second);
    }

    @Test
    void aClashIsOneLineInJk6sFormatNamingBoth() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            services.add(new Entry("json", first, "bundle a 1.0.0", rank("1.0.0", 7)));
            services.add(new Entry("json", second, "bundle b 2.0.0", rank("2.0.0", 8)));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("WARN[0000] output \"json\" is served by"
                + " bundle b 2.0.0 (id 8) and by bundle a 1.0.0 (id 7): bundle b 2.0.0 serves it (the higher bundle"
                + " version wins, then the lower bundle id)" + System.lineSeparator());
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

    private static Rank rank(String version, long bundleId) {
        return Rank.of(version, bundleId);
    }
}
