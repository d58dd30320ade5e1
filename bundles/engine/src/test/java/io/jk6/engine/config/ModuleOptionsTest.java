package io.jk6.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options modules read, as {@code K6_*} variables and flags give them: typed, or an error naming the source. */
class ModuleOptionsTest {

    @Test
    void variablesAreReadInK6sJsonForm() {
        List<String> errors = new ArrayList<>();
        ModuleOptions options = ModuleOptions.fromEnvironment(Map.of("K6_BATCH", "7", "K6_RPS", " 100 ",
                "K6_DISCARD_RESPONSE_BODIES", "1", "K6_SYSTEM_TAGS", "status, method,url", "K6_HTTP_DEBUG", "full",
                "K6_BLACKLIST_IPS", "10.0.0.0/8", "K6_DNS", "ttl=inf,policy=onlyIPv6", "K6_UNRELATED", "x"), errors);

        assertThat(errors).isEmpty();
        assertThat(options.values()).containsOnly(Map.entry("batch", 7L), Map.entry("rps", 100L),
                Map.entry("discardResponseBodies", true), Map.entry("systemTags", List.of("status", "method", "url")),
                Map.entry("httpDebug", "full"), Map.entry("blacklistIPs", List.of("10.0.0.0/8")),
                Map.entry("dns", Map.of("ttl", "inf", "policy", "onlyIPv6")));
    }

    @Test
    void aValueThatDoesNotParseNamesItsVariableAndIsLeftOut() {
        List<String> errors = new ArrayList<>();
        ModuleOptions options = ModuleOptions.fromEnvironment(Map.of("K6_BATCH_PER_HOST", "six",
                "K6_INSECURE_SKIP_TLS_VERIFY", "yes", "K6_DNS", "select=nearest", "K6_USER_AGENT", "ok/1"), errors);

        assertThat(options.values()).containsOnly(Map.entry("userAgent", "ok/1"));
        assertThat(errors).containsExactlyInAnyOrder("K6_BATCH_PER_HOST: \"six\" is not a whole number",
                "K6_INSECURE_SKIP_TLS_VERIFY: \"yes\" is not true or false",
                "K6_DNS: select \"nearest\" is not one of first, random, roundRobin");
    }

    @Test
    void aHigherLayerReplacesOnlyTheOptionsItSets() {
        ModuleOptions lower = new ModuleOptions(Map.of("userAgent", "a", "batch", 1L));
        ModuleOptions higher = new ModuleOptions(Map.of("batch", 2L));

        assertThat(lower.apply(higher).values()).containsOnly(Map.entry("userAgent", "a"), Map.entry("batch", 2L));
    }
}
