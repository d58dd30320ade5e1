package io.jk6.output.opentelemetry;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * k6's {@code opentelemetry} output: {@code --out opentelemetry}, configured by the
 * {@code K6_OTEL_*} variables (and {@code OTEL_SERVICE_NAME}) only, as k6.
 */
@Component
@OutputName("opentelemetry")
public final class OtelOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new OtelOutput(params, OtelConfig.of(params.environment()));
    }
}
