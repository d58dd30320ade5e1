package io.jk6.engine.output;

import io.jk6.api.output.ExecutionPlan;
import io.jk6.api.output.OutputParams;
import io.jk6.api.output.RuntimeOptions;
import io.jk6.api.output.TestFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The {@link OutputParams} of one output of one run. */
record RunOutputParams(String outputType, String configArgument, Optional<String> jsonConfig,
        Map<String, String> environment, PrintStream stdout, PrintStream stderr, Path scriptPath,
        Path workingDirectory, Map<String, Object> scriptOptions, System.Logger logger, TestFiles files,
        RuntimeOptions runtimeOptions, ExecutionPlan executionPlan) implements OutputParams {
}
