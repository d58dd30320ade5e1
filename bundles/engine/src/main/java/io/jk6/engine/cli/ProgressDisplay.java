package io.jk6.engine.cli;

import io.jk6.engine.run.ExecutionState;
import java.io.PrintStream;
import java.util.Locale;

/**
 * k6's progress line, {@code running (0m05.2s), 10/10 VUs, 1234 complete and 0 interrupted
 * iterations}: redrawn in place on a terminal, a plain line every few seconds otherwise
 * (logs of CI runs stay short). On stderr, so stdout holds only the banner and the summary.
 */
final class ProgressDisplay {

    private static final long TERMINAL_PERIOD_MILLIS = 200;
    private static final long PLAIN_PERIOD_MILLIS = 5000;

    private final PrintStream err;
    private final boolean terminal;
    private final int maxVUs;
    private Thread thread;
    /** The last plain line printed: the closing line is not repeated when nothing moved since. */
    private String lastPlain;

    ProgressDisplay(PrintStream err, boolean terminal, int maxVUs) {
        this.err = err;
        this.terminal = terminal;
        this.maxVUs = maxVUs;
    }

    void start(ExecutionState execution) {
        long period = terminal ? TERMINAL_PERIOD_MILLIS : PLAIN_PERIOD_MILLIS;
        thread = Thread.ofVirtual().name("progress").start(() -> {
            try {
                while (true) {
                    Thread.sleep(period);
                    print(execution, false);
                }
            } catch (InterruptedException e) {
                // test finished
            }
        });
    }

    void stop(ExecutionState execution) {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        print(execution, true);
    }

    private void print(ExecutionState execution, boolean last) {
        String line = line(execution);
        synchronized (err) {
            if (terminal) {
                err.print("\r" + line + "\u001b[K" + (last ? "\n" : ""));
            } else if (!line.equals(lastPlain)) {
                err.println(line);
                lastPlain = line;
            }
            err.flush();
        }
    }

    String line(ExecutionState execution) {
        double seconds = execution.elapsedNanos() / 1e9;
        long minutes = (long) (seconds / 60);
        return String.format(Locale.ROOT, "running (%dm%04.1fs), %02d/%02d VUs, %d complete and %d interrupted iterations",
                minutes, seconds - minutes * 60, execution.activeVUs(), maxVUs, execution.completeIterations(),
                execution.interruptedIterations());
    }
}
