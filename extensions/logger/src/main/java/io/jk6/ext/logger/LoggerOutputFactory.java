package io.jk6.ext.logger;

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * {@code --out logger} prints every sample to stdout, {@code --out logger=stderr} to stderr: the
 * output extension of k6's "Create an output extension" tutorial, as an OSGi bundle.
 */
@Component
@OutputName("logger")
public final class LoggerOutputFactory implements OutputFactory {

    @Override
    public Output create(OutputParams params) {
        String target = params.configArgument();
        return switch (target) {
            case "", "stdout" -> new LoggerOutput(params.stdout());
            case "stderr" -> new LoggerOutput(params.stderr());
            default -> throw new IllegalArgumentException("logger prints to stdout or stderr, not '" + target + "'");
        };
    }
}
