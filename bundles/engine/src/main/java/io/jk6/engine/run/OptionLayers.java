package io.jk6.engine.run;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ScriptOptions;
import io.jk6.engine.config.TestOptionsReader;
import io.jk6.engine.js.JsValues;
import io.jk6.engine.thresholds.InvalidThresholdsException;
import io.jk6.engine.thresholds.Thresholds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The option layers around a script's own options, merged in k6's order once its init context
 * ran (k6's {@code consolidateDeriveAndValidateConfig}): a {@code --config} file below the script,
 * {@code K6_*} variables and flags above it; an archive's frozen options stand for the script's.
 *
 * @param configFile the {@code --config} file's options (empty without one)
 * @param higher     {@code K6_*} variables, then flags
 * @param frozen     the options frozen in an archive, or null for a script
 */
record OptionLayers(OptionLayer configFile, OptionLayer higher, Map<String, Object> frozen) {

    /**
     * The script's options as written and every layer applied over them.
     *
     * @param exports the script's module namespace
     * @throws ConfigException {@code options} is no object or has invalid values (exit 104)
     */
    TestRun.InitResult consolidate(Value exports) throws ConfigException {
        List<String> errors = new ArrayList<>();
        OptionLayer fromScript = OptionLayer.empty();
        Map<String, Object> written = Map.of();
        Value options = exports.getMember("options");
        if (frozen != null) {
            fromScript = ScriptOptions.read(frozen, errors).withTest(TestOptionsReader.fromObject(frozen, "options.", errors));
            written = Collections.unmodifiableMap(new LinkedHashMap<>(frozen));
        } else if (options != null && !options.isNull()) {
            if (JsValues.toJava(options) instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                fromScript = ScriptOptions.read(m, errors).withTest(TestOptionsReader.fromObject(m, "options.", errors));
                written = Collections.unmodifiableMap(new LinkedHashMap<>(m));
            } else {
                errors.add("options: must be an object");
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(errors);
        }
        return new TestRun.InitResult(written, configFile.apply(fromScript).apply(higher));
    }

    /**
     * The thresholds of the consolidated options, parsed (not yet checked against the metrics).
     *
     * @throws ConfigException a threshold that cannot be parsed (exit 104)
     */
    static Thresholds thresholds(OptionLayer options) throws ConfigException {
        if (options.thresholds() == null) {
            return Thresholds.none();
        }
        try {
            if (options.test().thresholds() != null) {
                return Thresholds.parseDefinitions(options.test().thresholds());
            }
            return Thresholds.parse(options.thresholds());
        } catch (InvalidThresholdsException e) {
            throw new ConfigException(e.errors());
        }
    }
}
