package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.engine.registry.Rank;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run's view of the registry keeps the module it got first when another bundle takes the name over. */
class ModuleRegistryRunViewTest {

    private final ModuleRegistry registry = new ModuleRegistry();
    private final ProbeModule old = new ProbeModule();
    private final ProbeModule newer = new ProbeModule();
    private PrintStream err;

    @BeforeEach
    void quiet() {
        err = System.err; // the clash line is not what this test looks at
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(err);
    }

    @Test
    void aRunKeepsItsModuleWhenAHigherVersionArrives() {
        registry.add(registration(old, "1.0.0", 10));
        ModuleRegistry run = registry.forRun();
        assertThat(run.find("k6/x/probe")).map(ModuleRegistry.Registration::module).containsSame(old);

        registry.add(registration(newer, "1.1.0", 11));

        assertThat(registry.find("k6/x/probe")).map(ModuleRegistry.Registration::module).containsSame(newer);
        assertThat(run.find("k6/x/probe")).map(ModuleRegistry.Registration::module).containsSame(old);
        assertThat(registry.forRun().find("k6/x/probe")).as("a new run gets the new one")
                .map(ModuleRegistry.Registration::module).containsSame(newer);
    }

    @Test
    void aViewSeesTheSameNames() {
        registry.add(registration(old, "1.0.0", 10));
        assertThat(registry.forRun().names()).containsExactly("k6/x/probe");
    }

    private static ModuleRegistry.Registration registration(ProbeModule module, String version, long bundleId) {
        return new ModuleRegistry.Registration("k6/x/probe", module, bundleId, "bundle b" + bundleId + " " + version,
                Rank.of(version, bundleId));
    }
}
