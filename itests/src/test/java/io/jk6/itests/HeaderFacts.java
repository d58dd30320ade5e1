package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a compat script with {@code jk6 run} (the engine's run command in this framework) in a
 * copy of its folder and checks the facts of its header comment ({@code // exit: N},
 * {@code // stdout: contains TEXT}, {@code // stderr: lacks TEXT}, {@code // file NAME: contains TEXT};
 * {@code // args:} and {@code // env:} set up the run), as {@code compat/summary/README.md} describes.
 */
final class HeaderFacts {

    private HeaderFacts() {
    }

    static void check(Command run, Path work, Path folder, Path script) throws IOException {
        Path dir = Files.createDirectories(work.resolve(script.getFileName().toString().replace(".js", "")));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        List<String> args = new ArrayList<>(List.of("-q"));
        List<String[]> env = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            if (!line.startsWith("// ")) {
                break;
            }
            String fact = line.substring(3);
            if (fact.startsWith("args: ")) {
                args.addAll(List.of(fact.substring(6).trim().split("\\s+")));
            } else if (fact.startsWith("env: ")) {
                env.add(fact.substring(5).split("=", 2));
            } else {
                facts.add(fact);
            }
        }
        args.add(script.getFileName().toString());
        Jk6Run jk6 = jk6(run, args.toArray(String[]::new)).in(dir);
        for (String[] e : env) {
            jk6.env(e[0], e[1]);
        }
        RunResult result = jk6.run();
        assertThat(facts).as("facts of " + script).isNotEmpty();
        for (String fact : facts) {
            String described = script.getFileName() + ": " + fact + "\n" + result;
            if (fact.startsWith("exit: ")) {
                assertThat(result.exitCode()).as(described).isEqualTo(Integer.parseInt(fact.substring(6).trim()));
            } else if (fact.startsWith("stdout: ")) {
                holds(result.stdout(), fact.substring(8), described);
            } else if (fact.startsWith("stderr: ")) {
                holds(result.stderr(), fact.substring(8), described);
            } else if (fact.startsWith("file ")) {
                int colon = fact.indexOf(": ");
                Path file = dir.resolve(fact.substring(5, colon));
                assertThat(file).as(described).exists();
                holds(Files.readString(file, StandardCharsets.UTF_8), fact.substring(colon + 2), described);
            } else {
                throw new IllegalStateException("unknown fact in " + script + ": " + fact);
            }
        }
    }

    private static void holds(String text, String fact, String described) {
        if (fact.startsWith("contains ")) {
            assertThat(text).as(described).contains(fact.substring(9));
        } else if (fact.startsWith("lacks ")) {
            assertThat(text).as(described).doesNotContain(fact.substring(6));
        } else {
            throw new IllegalStateException("unknown fact: " + fact);
        }
    }
}
