package io.jk6.cli;

import io.jk6.api.runner.LoadedTest;
import io.jk6.api.runner.OptionFlag;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestRequest;
import io.jk6.api.runner.TestRunner;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jk6 archive [flags] script.js}: evaluates the init context once, as k6 does, and writes
 * a tar of the script, every file the init context read (imports, {@code open()},
 * {@code require()}) and the options with the command line's frozen in. {@code jk6 run
 * archive.tar} runs it anywhere, with none of the original files.
 */
@Component(service = Command.class, property = Command.NAME + "=archive")
public final class ArchiveCommand implements Command {

    /** k6's exit code when the archive cannot be written. */
    private static final int GENERIC_ERROR = 255;

    @Reference
    TestRunner runner;

    @Override
    public int execute(Invocation invocation) {
        ArchiveFlags flags = new ArchiveFlags();
        Integer usage = Usage.parse(flags, "jk6 archive", invocation);
        if (usage != null) {
            return usage;
        }
        List<OptionFlag> options = new ArrayList<>();
        flags.execution.addTo(options);
        flags.options.addTo(options);
        TestRequest request = Requests.of(flags.script, invocation)
                .includeSystemEnv(flags.includeSystemEnv).env(flags.env).configFile(flags.config).options(options)
                .compatibilityMode(flags.compatibilityMode).build();
        try (LoadedTest test = runner.load(request)) {
            return write(test, flags, invocation);
        } catch (TestFailure e) {
            return e.outcome().exitCode();
        }
    }

    private static int write(LoadedTest test, ArchiveFlags flags, Invocation invocation) throws TestFailure {
        byte[] tar = test.archive(flags.excludeEnvVars);
        if (flags.archiveOut.equals("-")) {
            invocation.out().write(tar, 0, tar.length);
            invocation.out().flush();
            if (invocation.out().checkError()) {
                test.log().error("cannot write the archive to stdout");
                return GENERIC_ERROR;
            }
            return 0;
        }
        Path target = invocation.workingDirectory().resolve(flags.archiveOut);
        try {
            Files.write(target, tar);
            return 0;
        } catch (IOException e) {
            test.log().error("--archive-out: cannot write " + target + ": " + e.getMessage());
            return GENERIC_ERROR;
        }
    }
}
