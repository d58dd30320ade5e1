package io.jk6.cli;

import io.jk6.api.runner.Progress;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * k6's progress: the line {@code running (0m05.2s), 10/10 VUs, 1234 complete and 0 interrupted
 * iterations} and one line per scenario, {@code default   [  52% ] 10 VUs  05.2s/10s} (on a terminal
 * a bar, {@code default   [====>-----] ...}; ✓ or ✗ once it ended): redrawn in place on a terminal,
 * printed every few seconds otherwise (logs of CI runs stay short). On
 * stderr, so stdout holds only the banner and the summary.
 */
final class ProgressDisplay {

    private static final long TERMINAL_PERIOD_MILLIS = 200;
    private static final long PLAIN_PERIOD_MILLIS = 5000;
    /** k6's bar: 40 characters between the brackets. */
    static final int BAR_WIDTH = 40;

    private final PrintStream err;
    private final boolean terminal;
    private final int maxVUs;
    private Thread thread;
    /** The last plain line printed: the closing line is not repeated when nothing moved since. */
    private String lastPlain;
    /** Lines drawn last time on the terminal, to move the cursor back over them. */
    private int drawnLines;

    ProgressDisplay(PrintStream err, boolean terminal, int maxVUs) {
        this.err = err;
        this.terminal = terminal;
        this.maxVUs = maxVUs;
    }

    void start(Supplier<Progress> execution) {
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

    void stop(Supplier<Progress> execution) {
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

    private void print(Supplier<Progress> execution, boolean last) {
        String text = text(execution.get());
        synchronized (err) {
            if (terminal) {
                StringBuilder b = new StringBuilder();
                if (drawnLines > 0) {
                    b.append("\u001b[").append(drawnLines).append('A');
                }
                b.append('\r');
                String[] lines = text.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    b.append(lines[i]).append("\u001b[K");
                    if (i < lines.length - 1 || last) {
                        b.append('\n');
                    }
                }
                err.print(b);
                drawnLines = last ? 0 : lines.length - 1;
            } else if (!text.equals(lastPlain)) {
                err.println(text);
                lastPlain = text;
            }
            err.flush();
        }
    }

    /** The running line, then a line per scenario. */
    String text(Progress progress) {
        StringBuilder b = new StringBuilder(line(progress));
        List<Progress.Scenario> scenarios = progress.scenarios();
        int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(0) + 1;
        for (Progress.Scenario s : scenarios) {
            char status = !s.done() ? ' ' : s.interrupted() ? '✗' : '✓';
            b.append('\n').append(scenarioLine(s.name(), width, status, s.fraction(), s.details(), terminal));
        }
        return b.toString();
    }

    /**
     * One scenario's line as k6's: its name, ✓ (done) or ✗ (interrupted), then on a terminal a bar
     * of {@value #BAR_WIDTH} ({@code [=====>----]}), elsewhere the percentage ({@code [  52% ]}), then
     * the executor's details.
     */
    static String scenarioLine(String name, int width, char status, double done, String details, boolean bar) {
        double fraction = Math.max(0, Math.min(1, done));
        String middle;
        if (bar) {
            int filled = (int) Math.floor(fraction * BAR_WIDTH);
            middle = filled >= BAR_WIDTH ? "=".repeat(BAR_WIDTH)
                    : "=".repeat(filled) + ">" + "-".repeat(BAR_WIDTH - filled - 1);
        } else {
            middle = String.format(Locale.ROOT, " %3d%% ", (int) Math.floor(fraction * 100));
        }
        return String.format(Locale.ROOT, "%-" + width + "s%c [%s] %s", name, status, middle, details);
    }

    String line(Progress execution) {
        double seconds = execution.elapsed().toNanos() / 1e9;
        long minutes = (long) (seconds / 60);
        return String.format(Locale.ROOT, "running (%dm%04.1fs), %02d/%02d VUs, %d complete and %d interrupted iterations",
                minutes, seconds - minutes * 60, execution.activeVUs(), Math.max(maxVUs, execution.initializedVUs()),
                execution.completeIterations(), execution.interruptedIterations());
    }
}
