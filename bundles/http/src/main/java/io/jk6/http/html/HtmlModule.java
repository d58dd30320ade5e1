package io.jk6.http.html;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import org.osgi.service.component.annotations.Component;

/** The {@code k6/html} module: {@code parseHTML(src)} gives a jQuery-like {@link Selection}. */
@Component(service = JsModule.class)
@ModuleName("k6/html")
public class HtmlModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(new K6Html(vu));
        return () -> exports;
    }

    /** What scripts see as the module. */
    public static final class K6Html {

        private final VU vu;

        K6Html(VU vu) {
            this.vu = vu;
        }

        public Selection parseHTML(String src) {
            return Selection.parse(src, "", vu.runtime());
        }
    }
}
