package io.jk6.ext.compare;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/x/compare/advanced}, the advanced form: one {@link CompareInstance} per VU, which
 * reads its VU's state, as k6's advanced module example does with {@code NewModuleInstance}.
 */
@Component(service = JsModule.class)
@ModuleName("k6/x/compare/advanced")
public class AdvancedCompare implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(new CompareInstance(vu));
        return () -> exports;
    }
}
