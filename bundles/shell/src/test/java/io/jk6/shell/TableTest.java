package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void columnsArePaddedToTheWidestCellWithoutTrailingSpaces() {
        String table = new Table("MODULE", "BUNDLE", "FROM")
                .row("k6", "io.jk6.k6", "built-in")
                .row("k6/x/compare", "io.jk6.ext.compare", "deploy/")
                .row("k6/x/none", null, "")
                .toString();

        assertThat(table).isEqualTo("""
                MODULE        BUNDLE              FROM
                k6            io.jk6.k6           built-in
                k6/x/compare  io.jk6.ext.compare  deploy/
                k6/x/none     -""");
    }

    @Test
    void aRowMustHaveACellPerColumn() {
        assertThatThrownBy(() -> new Table("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
