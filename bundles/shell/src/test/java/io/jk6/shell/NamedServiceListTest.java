package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedServiceListTest {

    @Test
    void whenAllAreActiveTheTableIsTheUsualOne() {
        String table = NamedServiceList.table(List.of(
                new NamedServiceList.Entry("k6", "io.jk6.k6", "0.1.0", "built-in")), "MODULE");

        assertThat(table.lines()).containsExactly(
                "MODULE  BUNDLE     VERSION  FROM",
                "k6      io.jk6.k6  0.1.0    built-in");
    }

    @Test
    void componentsThatAreNotActiveComeAfterWithWhy() {
        String table = NamedServiceList.table(List.of(
                new NamedServiceList.Entry("k6", "io.jk6.k6", "0.1.0", "built-in"),
                new NamedServiceList.Entry("k6/x/sql", "com.example.sql", "1.0.0", "deploy/",
                        NamedServiceList.NOT_ACTIVE + "unsatisfied reference \"dataSource\" (javax.sql.DataSource)")),
                "MODULE");

        assertThat(table.lines()).containsExactly(
                "MODULE    BUNDLE           VERSION  FROM      STATE",
                "k6        io.jk6.k6        0.1.0    built-in  active",
                "k6/x/sql  com.example.sql  1.0.0    deploy/   NOT ACTIVE: unsatisfied reference \"dataSource\" (javax.sql.DataSource)");
    }
}
