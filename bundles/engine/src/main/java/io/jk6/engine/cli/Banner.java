package io.jk6.engine.cli;

import io.jk6.engine.config.ExecutionPlan;
import io.jk6.engine.config.Scenario;
import io.jk6.support.GoDuration;
import java.io.PrintStream;
import java.util.List;

/** The header k6 prints before a test: what runs, where, for how long. */
final class Banner {

    private static final String LOGO = """

                   _ _    __
                  (_) | _/ /_
                  | | |/ / '_ \\    jk6 %s
                  | |   <| (_) |   k6 scripts on the JVM
                 _/ |_|\\_\\\\___/
                |__/
            """;

    private Banner() {
    }

    /** @param outputs the outputs' descriptions, e.g. {@code json (results.json)} */
    static void print(PrintStream out, String version, String script, ExecutionPlan plan, List<String> outputs) {
        out.printf(LOGO, version);
        out.println();
        out.println("     execution: local");
        out.println("        script: " + script);
        out.println("        output: " + (outputs.isEmpty() ? "-" : String.join(", ", outputs)));
        out.println();
        int count = plan.scenarios().size();
        out.printf("     scenarios: (100.00%%) %d %s, %d max VUs, %s max duration (incl. graceful stop):%n",
                count, count == 1 ? "scenario" : "scenarios", plan.maxVUs(), GoDuration.format(plan.maxDuration()));
        for (Scenario s : plan.scenarios()) {
            out.printf("              * %s: %s%n", s.name(), s.describe());
        }
        out.println();
    }
}
