package io.jk6.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code K6_WEB_DASHBOARD=true} adds k6's web dashboard to the run's outputs, as k6 does. */
class RuntimeOptionsTest {

    private final List<String> problems = new ArrayList<>();

    private RuntimeOptions of(Map<String, String> env) {
        return RuntimeOptions.of(new RunFlags(), env, problems);
    }

    @Test
    void theWebDashboardJoinsTheOutputsWhenAskedByTheEnvironment() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "true")).withWebDashboard(List.of("json=out.json")))
                .containsExactly("json=out.json", "web-dashboard");
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "true")).withWebDashboard(List.of())).containsExactly("web-dashboard");
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "false")).withWebDashboard(List.of())).isEmpty();
        assertThat(of(Map.of()).withWebDashboard(List.of("csv"))).containsExactly("csv");
        assertThat(problems).isEmpty();
    }

    @Test
    void namedByOutAsWellItIsThereOnceWithItsArgument() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "1")).withWebDashboard(List.of("web-dashboard=port=0")))
                .containsExactly("web-dashboard=port=0");
    }

    @Test
    void aValueThatIsNoBooleanIsAProblemNamingTheVariable() {
        assertThat(of(Map.of("K6_WEB_DASHBOARD", "yes")).withWebDashboard(List.of())).isEmpty();
        assertThat(problems).singleElement().asString().contains("K6_WEB_DASHBOARD");
    }
}
