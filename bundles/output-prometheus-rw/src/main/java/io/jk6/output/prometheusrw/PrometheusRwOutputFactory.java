package io.jk6.output.prometheusrw;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * k6's {@code experimental-prometheus-rw} output: {@code --out experimental-prometheus-rw},
 * configured by the {@code K6_PROMETHEUS_RW_*} variables only (k6 ignores the argument too).
 */
@Component
@OutputName("experimental-prometheus-rw")
public final class PrometheusRwOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new PrometheusRwOutput(params, PrometheusRwConfig.of(params.environment()));
    }
}
