package io.jk6.k6.timers;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/experimental/timers}: k6/timers under the name it had before k6 v0.50, which k6 still
 * serves (its examples import it), with the same functions. k6 prints no warning for it.
 */
@Component(service = JsModule.class)
@ModuleName("k6/experimental/timers")
public class ExperimentalTimersModule implements JsModule {

    // not a subclass: DS would inherit TimersModule's @ModuleName, and both would claim k6/timers
    private final TimersModule timers = new TimersModule();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        return timers.newModuleInstance(vu);
    }
}
