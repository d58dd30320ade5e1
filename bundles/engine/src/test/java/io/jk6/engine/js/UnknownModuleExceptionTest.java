package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.support.components.InactiveComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownModuleExceptionTest {

    @Test
    void saysWhyADeclaredModuleIsNotThere() {
        var inactive = new InactiveComponent("k6/x/sql", 12, "com.example.sql", "1.0.0",
                "unsatisfied reference \"dataSource\" (javax.sql.DataSource)", Set.of(3L));

        assertThat(new UnknownModuleException("k6/x/sql", List.of("k6", "k6/http"), Optional.of(inactive)).getMessage())
                .isEqualTo("unknown module k6/x/sql (bundle com.example.sql 1.0.0 declares it, but its component is not"
                        + " active: unsatisfied reference \"dataSource\" (javax.sql.DataSource));"
                        + " available modules: k6, k6/http");
    }

    @Test
    void aModuleNoBundleDeclaresOnlyListsTheAvailableOnes() {
        assertThat(new UnknownModuleException("k6/x/nope", List.of("k6"), Optional.empty()).getMessage())
                .isEqualTo("unknown module k6/x/nope; available modules: k6");
    }
}
