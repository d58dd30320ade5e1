package io.jk6.output.influxdb;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * k6's {@code influxdb} output (InfluxDB 1.x): {@code --out influxdb},
 * {@code --out influxdb=http://[user:pass@]host:8086/db?pushInterval=2s&tagsAsFields=vu:int}, and
 * the {@code K6_INFLUXDB_*} variables below the argument.
 */
@Component
@OutputName("influxdb")
public final class InfluxOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new InfluxOutput(params, InfluxConfig.of(params.environment(), params.configArgument()));
    }
}
