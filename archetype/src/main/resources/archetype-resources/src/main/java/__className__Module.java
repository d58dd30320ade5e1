package ${package};

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.api.metrics.Metric;
import io.jk6.api.metrics.MetricType;
import io.jk6.api.metrics.Sample;
import io.jk6.api.metrics.ValueType;
import org.osgi.service.component.annotations.Component;

/**
 * The JS module {@code k6/x/${name}}: {@code import ${className.substring(0,1).toLowerCase()}${className.substring(1)} from 'k6/x/${name}'}. jk6 finds it as a
 * Declarative Services component ({@code @Component}) named by {@code @ModuleName}.
 */
@Component(service = JsModule.class)
@ModuleName("k6/x/${name}")
public class ${className}Module implements JsModule {

    /** The metric {@link Instance#greet} adds to: it shows in the end-of-test summary and the outputs. */
    static final String GREETINGS = "${name.replace('-', '_')}_greetings";

    /** Called once for each VU whose script imports the module: one {@link Instance} per VU. */
    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        Exports exports = Exports.ofDefault(new Instance(vu));
        return () -> exports;
    }

    /** The module's default export: scripts call its public methods by their Java names. */
    public static final class Instance {

        private final VU vu;

        Instance(VU vu) {
            this.vu = vu;
        }

        /**
         * {@code greet('jk6')} is {@code Hello, jk6! (VU 1, iteration 0)} and counts one greeting, or
         * {@code Hello, jk6! (init context)} before the test starts (no VU state, no metrics then).
         */
        public String greet(String who) {
            return vu.state().map(state -> {
                Metric greetings = vu.metrics().newMetric(GREETINGS, MetricType.COUNTER, ValueType.DEFAULT);
                vu.push(Sample.of(greetings, state.tags(), 1));
                return "Hello, " + who + "! (VU " + state.vuId() + ", iteration " + state.iteration() + ")";
            }).orElse("Hello, " + who + "! (init context)");
        }
    }
}
