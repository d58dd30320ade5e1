package io.jk6.shell;

import io.jk6.api.runtime.RunningTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code jk6:run}, {@code jk6:status}, {@code jk6:stop}, {@code jk6:pause}, {@code jk6:resume}
 * and {@code jk6:vus}: tests in the background.
 */
@Component(service = TestCommands.class, property = {
        "osgi.command.scope=jk6",
        "osgi.command.function=run",
        "osgi.command.function=status",
        "osgi.command.function=stop",
        "osgi.command.function=pause",
        "osgi.command.function=resume",
        "osgi.command.function=vus"})
public final class TestCommands {

    private final BundleContext context;
    private final BackgroundRuns runs;

    @Activate
    public TestCommands(BundleContext context, @Reference BackgroundRuns runs) {
        this.context = context;
        this.runs = runs;
    }

    @Descriptor("start a test in the background, with jk6 run's flags and summary (jk6:status lists it, jk6:stop stops it)")
    public String run(CommandSession session,
            @Descriptor("jk6 run's flags (-u, -d, -i, -s, -e, -o, -q, ...), then the script (.js)") String... args)
            throws InterruptedException {
        BackgroundRuns.Started started = runs.start(List.of(args),
                ShellStreams.background(session, ShellStreams.out(session)),
                ShellStreams.background(session, ShellStreams.err(session)), session.currentDir());
        if (started.run() == null) {
            if (started.exitCode() != 0) {
                throw new CommandFailure(started.exitCode(), "jk6:run ended with exit code " + started.exitCode());
            }
            return null; // e.g. --help: its output is all there is
        }
        long id = started.run().id();
        return String.format("[%d] started %s in the background (jk6:status shows it, jk6:stop %d stops it)", id,
                started.run().script(), id);
    }

    @Descriptor("list the running tests: id, script, elapsed time, VUs, iterations, requests per second")
    public String status(CommandSession session) {
        List<RunningTest> tests = running();
        if (tests.isEmpty()) {
            return "no test is running";
        }
        Table table = new Table("ID", "SCRIPT", "ELAPSED", "VUS", "ITERATIONS", "REQ/S", "STATE");
        for (RunningTest test : tests) {
            Duration elapsed = test.elapsed();
            table.row(test.id(), display(session, test.script()), elapsed(elapsed), test.vus(), test.iterations(),
                    perSecond(test.requests(), elapsed), test.isPaused() ? "paused" : "running");
        }
        return table.toString();
    }

    @Descriptor("stop every running test, as Ctrl-C does: running iterations finish, then the summary")
    public String stop(CommandSession session) {
        List<RunningTest> tests = running();
        if (tests.isEmpty()) {
            return "no test is running";
        }
        List<String> lines = new ArrayList<>();
        for (RunningTest test : tests) {
            lines.add(stop(session, test));
        }
        return String.join("\n", lines);
    }

    @Descriptor("stop one running test, as Ctrl-C does: running iterations finish, then the summary")
    public String stop(CommandSession session, @Descriptor("the test's id, as jk6:status shows it") long id) {
        return stop(session, find(id));
    }

    @Descriptor("pause a test: running iterations finish, no new one starts (before its start any test; once"
            + " running, an externally-controlled one)")
    public String pause(CommandSession session, @Descriptor("the test's id, as jk6:status shows it") long id) {
        RunningTest test = find(id);
        test.pause();
        return "[" + id + "] paused " + display(session, test.script());
    }

    @Descriptor("resume a paused test (one started with --paused begins)")
    public String resume(CommandSession session, @Descriptor("the test's id, as jk6:status shows it") long id) {
        RunningTest test = find(id);
        test.resume();
        return "[" + id + "] resumed " + display(session, test.script());
    }

    @Descriptor("set how many VUs loop in a test's externally-controlled scenario (0 to its maxVUs)")
    public String vus(CommandSession session, @Descriptor("the test's id, as jk6:status shows it") long id,
            @Descriptor("the number of VUs") int vus) {
        RunningTest test = find(id);
        test.setVUs(vus);
        return "[" + id + "] " + vus + " VUs for " + display(session, test.script());
    }

    private RunningTest find(long id) {
        for (RunningTest test : running()) {
            if (test.id() == id) {
                return test;
            }
        }
        throw new IllegalArgumentException("no running test has id " + id + " (jk6:status lists them)");
    }

    private static String stop(CommandSession session, RunningTest test) {
        test.stop();
        return "[" + test.id() + "] stopping " + display(session, test.script());
    }

    /** The RunningTest services now, by id. Their objects are used briefly; the engine outlives the call. */
    private List<RunningTest> running() {
        List<RunningTest> tests = new ArrayList<>();
        try {
            for (ServiceReference<RunningTest> reference : context.getServiceReferences(RunningTest.class, null)) {
                RunningTest test = context.getService(reference);
                if (test != null) {
                    tests.add(test);
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tests.sort(Comparator.comparingLong(RunningTest::id));
        return tests;
    }

    /** The script relative to the shell's directory when it is below it. */
    static String display(CommandSession session, Path script) {
        Path dir = session.currentDir();
        return dir != null && script.startsWith(dir) ? dir.relativize(script).toString() : script.toString();
    }

    /** As k6's progress line: {@code 1m02.5s}. */
    static String elapsed(Duration d) {
        double seconds = d.toMillis() / 1000.0;
        long minutes = (long) (seconds / 60);
        return String.format(Locale.ROOT, "%dm%04.1fs", minutes, seconds - minutes * 60);
    }

    static String perSecond(long count, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return String.format(Locale.ROOT, "%.1f", seconds <= 0 ? 0.0 : count / seconds);
    }
}
