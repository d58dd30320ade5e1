package ${package};

import io.jk6.api.output.Output;
import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import io.jk6.api.output.OutputParams;
import org.osgi.service.component.annotations.Component;

/**
 * The output {@code ${name}}: {@code jk6 run --out ${name} script.js}. jk6 finds it as a Declarative
 * Services component ({@code @Component}) named by {@code @OutputName}, and calls {@link #create} once
 * per run that names it.
 */
@Component
@OutputName("${name}")
public final class ${className}OutputFactory implements OutputFactory {

    /**
     * @param params what {@code --out ${name}=ARG} says ({@code configArgument()}), the run's environment,
     *               stdout, working directory, the script's options and a logger
     */
    @Override
    public Output create(OutputParams params) {
        if (!params.configArgument().isEmpty()) {
            // an exception here stops jk6 run before the test, with this message
            throw new IllegalArgumentException("${name} takes no argument, not '" + params.configArgument() + "'");
        }
        return new ${className}Output(params.stdout());
    }
}
