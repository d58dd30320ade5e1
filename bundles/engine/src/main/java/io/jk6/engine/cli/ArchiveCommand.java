package io.jk6.engine.cli;

import io.jk6.engine.archive.Archive;
import io.jk6.engine.archive.ArchiveTar;
import io.jk6.engine.archive.FrozenOptions;
import io.jk6.engine.config.ConfigException;
import io.jk6.engine.config.ScriptOptions;
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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import picocli.CommandLine;

/**
 * {@code jk6 archive [flags] script.js}: evaluates the init context once, as k6 does, and writes
 * a tar of the script, every file the init context read (imports, {@code open()},
 * {@code require()}) and the options with the command line's frozen in. {@code jk6 run
 * archive.tar} runs it anywhere, with none of the original files.
 */
@Component(service = Command.class, property = Command.NAME + "=archive")
public final class ArchiveCommand implements Command {

    /** How usage and errors name the command. */
    private static final String COMMAND_NAME = "jk6 archive";

    @Reference
    SharedJsEngine js;

    @Reference
    ModuleRegistry modules;

    @Override
    public int execute(Invocation invocation) {
        ArchiveFlags flags = new ArchiveFlags();
        CommandLine cli = new CommandLine(flags).setCommandName(COMMAND_NAME);
        try {
            cli.parseArgs(invocation.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            invocation.err().println("ERRO[0000] " + e.getMessage());
            invocation.err().println("Usage: jk6 archive [flags] script.js   (jk6 archive --help for the flags)");
            return ExitCodes.USAGE;
        }
        if (flags.help) {
            cli.usage(invocation.out());
            return ExitCodes.OK;
        }
        RunLog log = new RunLog(invocation.err(), false);
        LoadedTest test;
        try {
            test = new TestLoader(invocation, js.engine(), log).script(flags.script, false)
                    .environment(flags.includeSystemEnv, flags.env)
                    .configFile(flags.config)
                    .flags(problems -> CliOptions.of(flags.execution, flags.options, problems))
                    .compatibilityMode(flags.compatibilityMode)
                    .load();
        } catch (TestLoader.LoadFailure e) {
            e.outcome().log(log);
            return e.outcome().exitCode();
        }
        TestRun run = test.newRun(js.engine(), modules, log, new RunListener() { }, RunOutputs.none());
        Map<String, Object> options;
        try {
            options = FrozenOptions.of(run.initOnce().scriptOptions(), test.higher());
        } catch (ScriptException | ConfigException e) {
            RunOutcome outcome = run.outcomeOf(e);
            outcome.log(log);
            return outcome.exitCode();
        }
        List<String> problems = new ArrayList<>();
        ScriptOptions.read(options, problems);
        if (!problems.isEmpty()) {
            problems.forEach(log::error);
            return ExitCodes.INVALID_CONFIG;
        }
        Archive archive = new Archive(test.script().script(), invocation.workingDirectory(), options,
                flags.excludeEnvVars ? Map.of() : test.env(), test.script().files().filesRead(), Versions.jk6(),
                test.compatibilityMode());
        return write(archive, flags.archiveOut, invocation, log);
    }

    private static int write(Archive archive, String out, Invocation invocation, RunLog log) {
        if (out.equals("-")) {
            try {
                ArchiveTar.write(archive, invocation.out());
                invocation.out().flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                log.error("cannot write the archive to stdout: " + e.getMessage());
                return ExitCodes.GENERIC_ERROR;
            }
        }
        Path target = invocation.workingDirectory().resolve(out);
        try (OutputStream stream = Files.newOutputStream(target)) {
            ArchiveTar.write(archive, stream);
            return ExitCodes.OK;
        } catch (IOException e) {
            log.error("--archive-out: cannot write " + target + ": " + e.getMessage());
            return ExitCodes.GENERIC_ERROR;
        }
    }
}
