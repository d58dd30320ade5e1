package io.jk6.output.webdashboard;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * k6's {@code web-dashboard} output: {@code --out web-dashboard}, {@code --out
 * web-dashboard=port=5665&host=0.0.0.0&period=2s&open&export=report.html}, or
 * {@code K6_WEB_DASHBOARD=true} (the engine adds the output), with {@code K6_WEB_DASHBOARD_PORT},
 * {@code _HOST}, {@code _PERIOD}, {@code _OPEN} and {@code _EXPORT}.
 */
@Component
@OutputName("web-dashboard")
public final class WebDashboardOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new WebDashboardOutput(params, DashboardConfig.of(params.environment(), params.configArgument(),
                params.logger()));
    }
}
