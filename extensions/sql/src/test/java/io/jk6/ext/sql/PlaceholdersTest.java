package io.jk6.ext.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** xk6-sql's {@code $N} placeholders as JDBC's {@code ?}s, and what is not a placeholder. */
class PlaceholdersTest {

    private static Placeholders.Bound bind(String sql, Object... args) {
        return Placeholders.bind(sql, args);
    }

    @Test
    void numberedPlaceholdersBindInTheOrderTheyAppearAndMayRepeat() {
        Placeholders.Bound bound = bind("SELECT * FROM t WHERE a = $2 AND b = $1 OR c = $2", "one", "two");
        assertThat(bound.sql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ? OR c = ?");
        assertThat(bound.args()).containsExactly("two", "one", "two");
    }

    @Test
    void quotesCommentsDollarQuotesAndNamesKeepTheirDollars() {
        String sql = "SELECT '$1', \"col$1\", a$1 -- $1\n/* $2 */, $$ body $1 $$, $fn$ $1 $fn$ FROM t WHERE x = $1";
        Placeholders.Bound bound = bind(sql, "v");
        assertThat(bound.sql()).isEqualTo(sql.substring(0, sql.length() - 2) + "?");
        assertThat(bound.args()).containsExactly("v");
    }

    @Test
    void questionMarksPassAsTheyAre() {
        Object[] args = {1, 2};
        Placeholders.Bound bound = bind("INSERT INTO t VALUES (?, ?)", args);
        assertThat(bound.sql()).isEqualTo("INSERT INTO t VALUES (?, ?)");
        assertThat(bound.args()).isSameAs(args);
    }

    @Test
    void aPlaceholderWithoutItsArgumentSaysSo() {
        assertThatThrownBy(() -> bind("SELECT $3", 1, 2)).hasMessage("the query uses $3 but has 2 arguments");
        assertThatThrownBy(() -> bind("SELECT $0")).hasMessage("the query uses $0 but has 0 arguments");
    }
}
