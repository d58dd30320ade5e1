package io.jk6.cli;

import io.jk6.api.runner.LoadedTest;
import io.jk6.api.runner.OptionFlag;
import io.jk6.api.runner.TestFailure;
import io.jk6.api.runner.TestRequest;
import io.jk6.api.runner.TestRunner;
import io.jk6.launcher.spi.Command;
import io.jk6.launcher.spi.Invocation;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jk6 inspect [flags] script.js}: runs the script's init context once and prints its
 * options as {@code k6 inspect} does (k6's {@code lib.Options} as indented JSON on stdout), with
 * flags and {@code K6_*} variables applied; {@code --execution-requirements} adds
 * {@code totalDuration} and {@code maxVUs}. A script error exits 107, invalid options 104.
 */
@Component(service = Command.class, property = Command.NAME + "=inspect")
public final class InspectCommand implements Command {

    @Reference
    TestRunner runner;

    @Override
    public int execute(Invocation invocation) {
        InspectFlags flags = new InspectFlags();
        Integer usage = Usage.parse(flags, "jk6 inspect", invocation);
        if (usage != null) {
            return usage;
        }
        List<OptionFlag> options = new ArrayList<>();
        flags.execution.addTo(options);
        TestRequest request = Requests.of(flags.script, invocation)
                .includeSystemEnv(flags.env.includeSystemEnv).env(flags.env.env).options(options).build();
        try (LoadedTest test = runner.load(request)) {
            invocation.out().println(test.options(flags.executionRequirements));
            invocation.out().flush();
            return 0;
        } catch (TestFailure e) {
            return e.outcome().exitCode();
        }
    }
}
