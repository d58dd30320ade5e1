package io.jk6.e2e;

import static io.jk6.e2e.Jk6Process.jk6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jk6 shell} driven as a script would drive it: one command with {@code -c}, or commands
 * written to its stdin while it runs (stdin is not a terminal, so it reads lines), and the exit
 * status it gives. The commands themselves are tested in the itests' framework (Shell*Test).
 */
class ShellIT {

    /** How long a change may take to show: FileInstall polls every second, VUs take a while to start. */
    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @RegisterExtension
    static final TestTarget target = new TestTarget();

    @TempDir
    Path dir;

    @Test
    void modulesListsTheBuiltInModulesOnACleanStdout() throws IOException {
        var result = jk6("shell", "-c", "jk6:modules").in(dir).env("JK6_HOME", home().toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = result.stdout().lines().toList();
        assertThat(lines.get(0)).as(result.toString()).matches("MODULE\\s+BUNDLE\\s+VERSION\\s+FROM");
        assertThat(lines).as(result.toString())
                .anyMatch(l -> l.matches("k6\\s+io\\.jk6\\.k6\\s+\\S+\\s+built-in"))
                .anyMatch(l -> l.matches("k6/http\\s+io\\.jk6\\.http\\s+\\S+\\s+built-in"))
                .anyMatch(l -> l.matches("k6/metrics\\s+io\\.jk6\\.k6\\s+\\S+\\s+built-in"))
                .hasSizeGreaterThanOrEqualTo(7);
        assertThat(result.stderr()).as("nothing logged").isBlank();
    }

    @Test
    void anUnknownCommandFailsWithTheErrorOnStderr() throws IOException {
        var result = jk6("shell", "-c", "jk6:nope").in(dir).env("JK6_HOME", home().toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isNotZero();
        assertThat(result.stderr()).contains("Command not found: jk6:nope");
        assertThat(result.stdout()).isBlank();
    }

    @Test
    void pipedLinesRunInOrderUntilExit() throws IOException {
        var shell = jk6("shell").pipedStdin().in(dir).env("JK6_HOME", home().toString()).start();
        shell.send("echo first");
        shell.send("each [a b] {");
        shell.send("  echo \"item $it\"");
        shell.send("}");
        shell.send("exit");
        shell.send("jk6:nope");
        shell.closeStdin();
        var result = shell.awaitExit();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as("a closure spanning lines runs as one command")
                .containsSubsequence("first", "item a", "item b");
        assertThat(result.stderr()).as("nothing read after exit").doesNotContain("jk6:nope");
    }

    @Test
    void pauseResumeAndVusSteerAnExternallyControlledTest() throws IOException {
        Scripts.write(dir, "script.js", """
                import http from 'k6/http';
                import { sleep } from 'k6';
                export const options = { scenarios: {
                  ext: { executor: 'externally-controlled', vus: 1, maxVUs: 3, duration: '0', gracefulStop: '5s' } } };
                export default function () { http.get(`${__ENV.BASE}/`); sleep(0.05); }
                """);
        var shell = jk6("shell").pipedStdin().in(dir).env("JK6_HOME", home().toString()).timeout(Duration.ofSeconds(150)).start();
        shell.send("jk6:run -q -e BASE=" + target.baseUrl() + " script.js");
        shell.awaitStdout("[1] started script.js in the background");
        retryUntil(shell, "jk6:status", () -> Pattern.compile("(?m)^1\\s+script\\.js\\s+\\S+\\s+1\\s+[1-9]")
                .matcher(shell.stdoutSoFar()).find(), "jk6:status to show test 1 iterating with 1 VU");

        shell.send("jk6:vus 1 3");
        shell.awaitStdout("[1] 3 VUs for script.js");
        retryUntil(shell, "jk6:status", () -> Pattern.compile("(?m)^1\\s+script\\.js\\s+\\S+\\s+3\\s+.*running$")
                .matcher(shell.stdoutSoFar()).find(), "jk6:status to show 3 VUs");
        shell.send("jk6:pause 1");
        shell.awaitStdout("[1] paused script.js");
        retryUntil(shell, "jk6:status", () -> Pattern.compile("(?m)^1\\s+script\\.js\\s+.*paused$")
                .matcher(shell.stdoutSoFar()).find(), "jk6:status to show the test paused");
        shell.send("jk6:vus 1 9");
        shell.awaitStderr("maxVUs (3)");
        shell.send("jk6:resume 1");
        shell.awaitStdout("[1] resumed script.js");
        shell.send("jk6:stop 1");
        shell.awaitStderr("[1] done: script.js (exit code 105)");
        shell.closeStdin();
        var result = shell.awaitExit();

        assertThat(result.stdout()).as(result.toString()).contains("iterations");
        assertThat(result.exitCode()).as("the failed jk6:vus 1 9 is the first failure").isEqualTo(1);
    }

    @Test
    void testsStillRunningAtTheEndOfTheInputAreWaitedForAndGiveTheExitCode() throws IOException {
        Scripts.write(dir, "script.js", """
                export const options = { thresholds: { iterations: ['count>100'] } };
                export default function () { }
                """);
        var shell = jk6("shell").pipedStdin().in(dir).env("JK6_HOME", home().toString()).start();
        shell.send("jk6:run -i 3 script.js");
        shell.closeStdin();
        var result = shell.awaitExit();

        assertThat(result.stdout()).as(result.toString()).contains("[1] started script.js").contains("iterations");
        assertThat(result.stderr()).contains("[1] done: script.js (exit code 99)");
        assertThat(result.exitCode()).as("failed thresholds, as jk6 run").isEqualTo(99);
    }

    /** Sends {@code command} until {@code condition} holds, at most {@link #PATIENCE}; a bounded retry, not a fixed sleep. */
    private static void retryUntil(Jk6Process.Running shell, String command, java.util.function.BooleanSupplier condition,
            String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after %s waiting for %s%n--- stdout ---%n%s%n--- stderr ---%n%s", PATIENCE, what,
                        shell.stdoutSoFar(), shell.stderrSoFar());
            }
            shell.send(command);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A jk6 home sharing the built distribution's files but with a deploy/ folder of its own. */
    private Path home() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        if (!Files.exists(home.resolve("bin"))) {
            for (String part : new String[] {"bin", "lib", "bundles", "shell", "extensions"}) {
                Files.createSymbolicLink(home.resolve(part), Jk6Process.JK6_HOME.resolve(part));
            }
            Files.createDirectories(home.resolve("deploy"));
        }
        return home;
    }
}
