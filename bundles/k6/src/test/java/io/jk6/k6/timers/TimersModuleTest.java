package io.jk6.k6.timers;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.testing.ModuleScript;
import org.junit.jupiter.api.Test;

class TimersModuleTest {

    @Test
    void exportsTheVusOwnTimerFunctions() {
        try (ModuleScript script = new ModuleScript()) {
            // the engine's globals, as a VU has them; the module must hand out these very functions
            script.eval("globalThis.setTimeout = () => 'vu timer'; globalThis.clearTimeout = () => {};"
                    + "globalThis.setInterval = () => {}; globalThis.clearInterval = () => {};");
            script.importing("timers", new TimersModule());
            assertThat(script.eval("[setTimeout === globalThis.setTimeout, timers.setInterval === globalThis.setInterval,"
                    + " typeof clearTimeout, typeof timers.clearInterval, setTimeout()].join()").asString())
                    .isEqualTo("true,true,function,function,vu timer");
        }
    }

    @Test
    void theExperimentalNameServesTheSameFunctions() {
        try (ModuleScript script = new ModuleScript()) {
            script.eval("globalThis.setTimeout = () => 'vu timer'; globalThis.clearTimeout = () => {};"
                    + "globalThis.setInterval = () => {}; globalThis.clearInterval = () => {};");
            script.importing("timers", new ExperimentalTimersModule());
            assertThat(script.eval("timers.setTimeout === globalThis.setTimeout && setTimeout()").asString())
                    .isEqualTo("vu timer");
        }
    }
}
