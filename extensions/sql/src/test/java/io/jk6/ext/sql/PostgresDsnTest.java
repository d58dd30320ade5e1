package io.jk6.ext.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** lib/pq's data source names as pgjdbc URLs, credentials as properties. */
class PostgresDsnTest {

    @Test
    void aUrlKeepsHostPortDatabaseAndOptionsAndMovesCredentials() {
        Properties properties = new Properties();
        assertThat(PostgresDsn.toJdbc("postgres://k6:p%40ss@db.example:6543/shop?sslmode=disable&connect_timeout=5",
                properties)).isEqualTo("jdbc:postgresql://db.example:6543/shop?sslmode=disable");
        assertThat(properties).containsEntry("user", "k6").containsEntry("password", "p@ss")
                .containsEntry("connectTimeout", "5");
    }

    @Test
    void keyValuePairsWithQuotedValuesWork() {
        Properties properties = new Properties();
        assertThat(PostgresDsn.toJdbc("host=127.0.0.1 port=5433 user=k6 password='it\\'s x' dbname=app", properties))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5433/app");
        assertThat(properties).containsEntry("user", "k6").containsEntry("password", "it's x");
    }

    @Test
    void defaultsAreLibPqsAndJdbcUrlsPassAsTheyAre() {
        Properties properties = new Properties();
        // no dbname: the user's name, as lib/pq
        assertThat(PostgresDsn.toJdbc("postgresql://k6@/", properties)).isEqualTo("jdbc:postgresql://localhost:5432/k6");
        assertThat(PostgresDsn.toJdbc("jdbc:postgresql://h/db?ssl=true", properties)).isEqualTo("jdbc:postgresql://h/db?ssl=true");
    }
}
