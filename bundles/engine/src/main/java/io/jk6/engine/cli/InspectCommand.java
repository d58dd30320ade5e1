package io.jk6.engine.cli;

import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.js.ModuleRegistry;
import io.jk6.engine.js.ScriptException;
import io.jk6.engine.js.SharedJsEngine;
import io.jk6.engine.output.RunOutputs;
import io.jk6.engine.run.ExitCodes;
import io.jk6.engine.run.RunListener;
import io.jk6.engine.run.RunLog;
import io.jk6.engine.run.RunOutcome;
import io.jk6.engine.run.TestRun;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import java.io.PrintStream;
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

    /** How usage and errors name the command. */
    private static final String COMMAND_NAME = "jk6 inspect";

    @Reference
    SharedJsEngine js;

    @Reference
    ModuleRegistry modules;

    @Override
    public int execute(Invocation invocation) {
        PrintStream out = invocation.out();
        PrintStream err = invocation.err();
        InspectFlags flags = new InspectFlags();
        CommandLine cli = new CommandLine(flags).setCommandName(COMMAND_NAME);
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
        RunLog log = new RunLog(err, false);
        LoadedTest test;
        try {
            test = new TestLoader(invocation, js.engine(), log).script(flags.script, false)
                    .environment(flags.env.includeSystemEnv, flags.env.env)
                    .flags(problems -> CliOptions.of(flags.execution, new OptionFlags(), problems))
                    .load();
        } catch (TestLoader.LoadFailure e) {
            e.outcome().log(log);
            return e.outcome().exitCode();
        }
        TestRun run = test.newRun(js.engine(), modules, log, new RunListener() { }, RunOutputs.none());
        try {
            TestRun.InitResult init = run.initOnce();
            // the plan validates the segment options too, as k6's inspect does only with this flag
            ExecutionPlan plan = flags.executionRequirements ? ExecutionPlan.of(init.consolidated()) : null;
            out.println(GoJson.write(InspectOptions.of(init.scriptOptions(), init.consolidated(), plan)));
            out.flush();
            return ExitCodes.OK;
        } catch (ScriptException | ConfigException e) {
            RunOutcome outcome = run.outcomeOf(e);
            outcome.log(log);
            return outcome.exitCode();
        }
    }
}
