package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectCommandsTest {

    @Test
    void eachImportWithItsBundleOrMissing() {
        var available = List.of(
                new NamedServiceList.Entry("k6/http", "io.jk6.http", "0.1.0", "built-in"),
                new NamedServiceList.Entry("k6/x/compare", "io.jk6.ext.compare", "1.2.0", "deploy/"));

        String table = InspectCommands.table(new LinkedHashSet<>(List.of("k6/http", "k6/x/gone", "k6/x/compare")), available);

        assertThat(table.lines()).containsExactly(
                "MODULE        BUNDLE              VERSION  FROM",
                "k6/http       io.jk6.http         0.1.0    built-in",
                "k6/x/gone     missing             -        -",
                "k6/x/compare  io.jk6.ext.compare  1.2.0    deploy/");
    }
}
