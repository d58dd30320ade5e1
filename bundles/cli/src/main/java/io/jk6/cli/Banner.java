package io.jk6.cli;

import io.jk6.api.runner.TestPlan;
import io.jk6.support.GoDuration;
import java.io.PrintStream;

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

    static void print(PrintStream out, String version, String script, TestPlan plan) {
        var outputs = plan.outputs();
        out.printf(LOGO, version);
        out.println();
        out.println("     execution: local");
        out.println("        script: " + script);
        out.println("        output: " + (outputs.isEmpty() ? "-" : String.join(", ", outputs)));
        out.println();
        int count = plan.scenarios().size();
        out.printf("     scenarios: (100.00%%) %d %s, %d max VUs, %s max duration (incl. graceful stop):%n",
                count, count == 1 ? "scenario" : "scenarios", plan.maxVUs(), GoDuration.format(plan.maxDuration()));
        for (TestPlan.Scenario s : plan.scenarios()) {
            out.printf("              * %s: %s%n", s.name(), s.description());
        }
        out.println();
    }
}
