package io.jk6.shell;

import io.jk6.api.runtime.RunningTest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Tests started with {@code jk6:run}: each runs the {@code run} command on a thread of its own,
 * so the shell stays usable, and the command says which test it started
 * ({@code Invocation.testStarted}). The shell waits for them before it exits, and exits with the
 * first failing test's code.
 */
@Component(service = BackgroundRuns.class)
public final class BackgroundRuns {

    /** How long {@code jk6:run} waits for the engine to take the test on (flags parsed, outputs made). */
    private static final long START_WAIT_SECONDS = 60;

    /** A test started from the shell; {@code done} completes once its end is reported. */
    record Run(long id, String script, CompletableFuture<?> done, SessionInvocation invocation) {
    }

    /** What {@code start} saw: the test's id once it runs, or its exit code when it ended at once. */
    record Started(Run run, Integer exitCode) {
    }

    private final BundleContext context;
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final AtomicInteger firstFailure = new AtomicInteger();

    @Activate
    public BackgroundRuns(BundleContext context) {
        this.context = context;
    }

    Started start(List<String> args, PrintStream out, PrintStream err, Path workingDirectory) throws InterruptedException {
        SessionInvocation invocation = new SessionInvocation(args, out, err, workingDirectory);
        CompletableFuture<Long> registered = invocation.started();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().name("jk6-run").unstarted(() -> {
            int code;
            try {
                code = EngineCommands.call(context, "run", command -> command.execute(invocation));
            } catch (RuntimeException e) {
                err.println("ERRO[0000] " + e.getMessage());
                code = 255;
            }
            exit.complete(code);
        });
        thread.start();
        try {
            CompletableFuture.anyOf(registered, exit).get(START_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // still starting: it is tracked all the same
        }
        if (!registered.isDone() && exit.isDone()) {
            return new Started(null, exit.join());
        }
        long id = registered.getNow(0L);
        String script = args.isEmpty() ? "" : args.get(args.size() - 1);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Run run = new Run(id, script, done, invocation);
        runs.add(run);
        exit.thenAccept(code -> {
            if (code != 0) {
                firstFailure.compareAndSet(0, code);
            }
            runs.remove(run);
            err.printf("[%d] done: %s (exit code %d)%n", id, script, code);
            err.flush();
            done.complete(null);
        });
        return new Started(run, null);
    }

    /** Asks every test started here to stop, as Ctrl-C would. */
    void stopAll() {
        for (Run run : runs) {
            RunningTest test = running(run.id());
            if (test != null) {
                test.stop();
            } else {
                run.invocation().interrupt(); // not registered yet
            }
        }
    }

    private RunningTest running(long id) {
        try {
            for (ServiceReference<RunningTest> reference : context.getServiceReferences(RunningTest.class,
                    "(" + RunningTest.ID + "=" + id + ")")) {
                RunningTest test = context.getService(reference);
                context.ungetService(reference);
                return test;
            }
        } catch (InvalidSyntaxException | IllegalStateException e) {
            // the framework is stopping: nothing to stop
        }
        return null;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /**
     * Waits until every test started here has ended; returns the first non-zero exit code of a
     * test started here, or 0.
     */
    int awaitAll() throws InterruptedException {
        for (Run run : List.copyOf(runs)) {
            try {
                run.done().get();
            } catch (ExecutionException e) {
                firstFailure.compareAndSet(0, 1);
            }
        }
        return firstFailure.get();
    }

    @Deactivate
    void deactivate() {
        stopAll();
    }
}
