package io.jk6.outputs.json;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/** k6's {@code json} output: {@code --out json=results.json} (or {@code .gz}, or {@code -} for stdout). */
@Component
@OutputName("json")
public final class JsonOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new JsonOutput(params);
    }
}
