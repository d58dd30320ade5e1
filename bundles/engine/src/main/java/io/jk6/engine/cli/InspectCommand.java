package io.jk6.engine.cli;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ScriptOptions;
import io.jk6.engine.config.Stage;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.run.ExitCodes;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.ScriptOptionsExport;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;

/**
 * {@code jk6 inspect [flags] script.js}: runs the script's init context once and prints its
 * options as {@code k6 inspect} does (k6's {@code lib.Options} as indented JSON on stdout), with
 * flags and {@code K6_*} variables applied; {@code --execution-requirements} adds
 * {@code totalDuration} and {@code maxVUs}. A script error exits 107, invalid options 104.
 */
@Component(service = Command.class, property = Command.NAME + "=inspect")
public final class InspectCommand implements Command {

    @Reference
    SharedJsEngine js;

    @Reference
    ModuleRegistry modules;

    @Override
    public int execute(Invocation invocation) {
        PrintStream out = invocation.out();
        PrintStream err = invocation.err();
        InspectFlags flags = new InspectFlags();
        CommandLine cli = new CommandLine(flags);
        try {
            cli.parseArgs(invocation.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("ERRO[0000] " + e.getMessage());
            err.println("Usage: jk6 inspect [flags] script.js   (jk6 inspect --help for the flags)");
            return ExitCodes.USAGE;
        }
        if (flags.help) {
            cli.usage(out);
            return ExitCodes.OK;
        }
        Path script = invocation.workingDirectory().resolve(flags.script).normalize();
        if (!Files.isRegularFile(script)) {
            err.println("ERRO[0000] The script \"" + flags.script + "\" couldn't be found on local disk."
                    + " Make sure the path is right (it is relative to " + invocation.workingDirectory() + ").");
            return ExitCodes.USAGE;
        }
        RunLog log = new RunLog(err, false);
        List<String> problems = new ArrayList<>();
        Map<String, String> env = flags.env.environment(invocation.environment(), Map.of(), problems);
        OptionLayer higher = OptionLayer.fromEnvironment(invocation.environment(), problems).apply(
                CliOptions.layer(flags.execution, null, problems));
        if (!problems.isEmpty()) {
            problems.forEach(log::error);
            return ExitCodes.INVALID_CONFIG;
        }
        try {
            Map<String, Object> written = ScriptOptionsExport.read(js.engine(), modules, script, env, log);
            OptionLayer fromScript = ScriptOptions.read(written, problems);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            OptionLayer resolved = fromScript.apply(higher);
            ExecutionPlan plan = flags.executionRequirements ? ExecutionPlan.of(resolved) : null;
            out.println(GoJson.write(InspectOptions.of(written, resolved, plan)));
            out.flush();
            return ExitCodes.OK;
        } catch (ScriptException e) {
            log.error(e.getMessage());
            return ExitCodes.SCRIPT_EXCEPTION;
        } catch (ConfigException e) {
            e.problems().forEach(log::error);
            return ExitCodes.INVALID_CONFIG;
        }
    }
}
