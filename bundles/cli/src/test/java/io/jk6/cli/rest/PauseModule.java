package io.jk6.cli.rest;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.VU;

/** {@code k6/x/probe} in these tests: {@code probe.pause(ms)} blocks the VU as a {@code sleep()} would. */
public final class PauseModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Probe probe = new Probe();
        return () -> Exports.ofDefault(probe);
    }

    /** What the script's {@code probe} is. */
    public static final class Probe {

        public void pause(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    }
}
