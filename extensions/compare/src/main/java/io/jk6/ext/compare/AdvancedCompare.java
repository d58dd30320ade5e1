package io.jk6.ext.compare;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/x/compare/advanced}, the advanced form: one {@link CompareInstance} per VU, which
 * reads its VU's state, as k6's advanced module example does with {@code NewModuleInstance}.
 */
@Component(service = JsModule.class)
@ModuleName("k6/x/compare/advanced")
public class AdvancedCompare implements JsModule {

    /**
     * VUs holding an instance now, standing in for k6's active VUs, which the API does not offer
     * yet. It includes VUs not running iterations, such as the one that read the options.
     */
    private final AtomicLong activeVus = new AtomicLong();

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        activeVus.incrementAndGet();
        Exports exports = Exports.ofDefault(new CompareInstance(vu, activeVus::get));
        return new ModuleInstance() {
            @Override
            public Exports exports() {
                return exports;
            }

            @Override
            public void close() {
                activeVus.decrementAndGet();
            }
        };
    }
}
