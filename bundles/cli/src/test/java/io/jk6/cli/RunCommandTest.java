package io.jk6.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.runner.OptionFlag;
import io.jk6.api.runner.TestRequest;
import io.jk6.launcher.spi.Invocation;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code jk6 run}'s flags ask of the engine: each option as typed, named by its flag. */
class RunCommandTest {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private static TestRequest request(String... args) {
        RunFlags flags = new RunFlags();
        new CommandLine(flags).parseArgs(args);
        return RunCommand.request(flags, new Invocation() {
            public List<String> args() {
                return List.of(args);
            }

            public PrintStream out() {
                return NOWHERE;
            }

            public PrintStream err() {
                return NOWHERE;
            }

            public boolean isTerminal() {
                return false;
            }

            public Map<String, String> environment() {
                return Map.of("K6_VUS", "3");
            }

            public Path workingDirectory() {
                return Path.of("/work");
            }

            public void onInterrupt(Runnable action) {
            }
        });
    }

    @Test
    void optionFlagsGoAsTypedWithTheFlagThatSetThem() {
        TestRequest request = request("-u", "5", "-d", "10s", "-s", "1s:1", "-s", "2s:0", "--tag", "team=load",
                "--no-setup", "--insecure-skip-tls-verify", "--blacklist-ip", "10.0.0.0/8,192.168.0.0/16",
                "script.js");

        assertThat(request.options()).containsExactly(
                new OptionFlag("vus", "5", "--vus"),
                new OptionFlag("duration", "10s", "--duration"),
                new OptionFlag("stages", List.of("1s:1", "2s:0"), "--stage"),
                new OptionFlag("noSetup", true, "--no-setup"),
                new OptionFlag("tags", List.of("team=load"), "--tag"),
                new OptionFlag("insecureSkipTLSVerify", "true", "--insecure-skip-tls-verify"),
                new OptionFlag("blacklistIPs", "10.0.0.0/8,192.168.0.0/16", "--blacklist-ip"));
        assertThat(request.script()).isEqualTo(Path.of("script.js"));
        assertThat(request.workingDirectory()).isEqualTo(Path.of("/work"));
        assertThat(request.environment()).as("K6_* variables are the engine's to read").containsEntry("K6_VUS", "3");
        assertThat(request.stdin()).as("jk6 run - reads the script from stdin").isNotNull();
    }

    @Test
    void runtimeFlagsGoAsGivenAndUnsetOnesStayUnsetForTheirVariables() {
        TestRequest request = request("--out", "json=a.json", "-o", "csv", "--summary-export", "s.json", "-a",
                "127.0.0.1:0", "--linger", "--no-color", "--secret-source", "mock=k=v", "-e", "A=1",
                "--include-system-env-vars=false", "--log-format", "json", "script.js");

        var run = request.run();
        assertThat(run.outputs()).containsExactly("json=a.json", "csv");
        assertThat(run.summaryExport()).isEqualTo("s.json");
        assertThat(run.address()).isEqualTo("127.0.0.1:0");
        assertThat(run.linger()).isTrue();
        assertThat(run.paused()).as("not given: K6_PAUSED decides").isNull();
        assertThat(run.noThresholds()).isNull();
        assertThat(run.noColor()).isTrue();
        assertThat(run.secretSources()).containsExactly("mock=k=v");
        assertThat(request.env()).containsExactly("A=1");
        assertThat(request.includeSystemEnv()).isFalse();
        assertThat(request.log().format()).isEqualTo("json");
        assertThat(request.log().output()).as("not given: K6_LOG_OUTPUT decides").isNull();
        assertThat(request.options()).isEmpty();
    }
}
