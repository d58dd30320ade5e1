package io.jk6.api.output;

/**
 * Makes an {@link Output} for each test run that asks for it with {@code --out NAME[=arg]}.
 * Register it as an OSGi service named with {@link OutputName}; see the package documentation.
 */
public interface OutputFactory {

    /**
     * A new output for one run. Check the configuration here: an exception stops the run before
     * it starts, with its message.
     */
    Output create(OutputParams params) throws Exception;
}
