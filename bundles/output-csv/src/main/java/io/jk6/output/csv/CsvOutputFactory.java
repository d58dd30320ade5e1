package io.jk6.output.csv;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * k6's {@code csv} output: {@code --out csv}, {@code --out csv=results.csv} (or {@code .gz}, or
 * {@code -} for stdout), {@code --out csv=fileName=...,saveInterval=2s,timeFormat=rfc3339}, and
 * {@code K6_CSV_FILENAME}, {@code K6_CSV_SAVE_INTERVAL}, {@code K6_CSV_TIME_FORMAT}.
 */
@Component
@OutputName("csv")
public final class CsvOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        return new CsvOutput(params, CsvConfig.of(params.environment(), params.configArgument(), params.logger()));
    }
}
