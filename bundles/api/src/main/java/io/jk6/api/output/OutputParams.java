package io.jk6.api.output;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What an {@link OutputFactory} gets to make an output (k6's {@code output.Params}). */
@ProviderType
public interface OutputParams {

    /** The output's name, {@code NAME} in {@code --out NAME=arg}. */
    String outputType();

    /** The text after the first {@code =} of {@code --out NAME=arg}; empty when there is none. */
    String configArgument();

    /** The output's JSON configuration (k6's {@code options.ext}); jk6 fills it in later, empty for now. */
    Optional<String> jsonConfig();

    /** The environment variables of the run ({@code __ENV}). */
    Map<String, String> environment();

    /** jk6's standard output; outputs printing here interleave with the banner and summary. */
    PrintStream stdout();

    /** jk6's standard error, where progress and log lines go. */
    PrintStream stderr();

    /** The script being run, absolute. */
    Path scriptPath();

    /** The working directory of {@code jk6 run}: relative file names in {@link #configArgument()} resolve here. */
    Path workingDirectory();

    /** A copy of the script's exported {@code options} as plain Java values (maps, lists, strings, numbers). */
    Map<String, Object> scriptOptions();

    /** Where the output logs (lines show in jk6's log format). */
    System.Logger logger();
}
