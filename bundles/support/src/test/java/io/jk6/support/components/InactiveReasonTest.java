package io.jk6.support.components;

import static io.jk6.support.components.ComponentDtos.configuration;
import static io.jk6.support.components.ComponentDtos.failed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class InactiveReasonTest {

    @Test
    void anUnsatisfiedReferenceIsNamedWithTheServiceItWantsAndItsTarget() {
        ComponentDescriptionDTO description = description(reference("dataSource", "javax.sql.DataSource"),
                reference("clock", "java.time.InstantSource"));
        ComponentConfigurationDTO configuration = configuration(1, ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {unsatisfied("dataSource", "(db=orders)")};

        assertThat(InactiveReason.of(true, description, List.of(configuration)))
                .hasValue("unsatisfied reference \"dataSource\" (javax.sql.DataSource, target (db=orders))");
    }

    @Test
    void severalUnsatisfiedReferencesAreListedTogether() {
        ComponentDescriptionDTO description = description(reference("dataSource", "javax.sql.DataSource"),
                reference("clock", "java.time.InstantSource"));
        ComponentConfigurationDTO configuration = configuration(1, ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {
            unsatisfied("dataSource", null), unsatisfied("clock", "")};

        assertThat(InactiveReason.of(true, description, List.of(configuration))).hasValue(
                "unsatisfied references \"dataSource\" (javax.sql.DataSource), \"clock\" (java.time.InstantSource)");
    }

    @Test
    void aFailedActivationGivesTheFirstLineOfTheStackTrace() {
        ComponentConfigurationDTO configuration = failed(1, "java.lang.IllegalStateException: no database at db:5432\n"
                + "\tat com.example.Sql.activate(Sql.java:12)\n");

        assertThat(InactiveReason.of(true, description(), List.of(configuration)))
                .hasValue("activation failed: java.lang.IllegalStateException: no database at db:5432");
    }

    @Test
    void aStateBetweenTheSpecsStatesSaysItIsChanging() {
        assertThat(InactiveReason.of(true, description(), List.of(configuration(1, -1))))
                .hasValue("changing state (SCR state -1): list again in a moment");
    }

    @Test
    void aDisabledComponentIsDisabledWhateverItsConfigurations() {
        assertThat(InactiveReason.of(false, description(), List.of())).hasValue("disabled");
    }

    @Test
    void aMissingRequiredConfigurationNamesItsPid() {
        ComponentDescriptionDTO description = description();
        description.configurationPid = new String[] {"com.example.sql"};

        assertThat(InactiveReason.of(true, description, List.of()))
                .hasValue("unsatisfied configuration: needs configuration com.example.sql");
        assertThat(InactiveReason.of(true, description,
                List.of(configuration(1, ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION))))
                .hasValue("unsatisfied configuration: needs configuration com.example.sql");
    }

    @Test
    void oneWorkingConfigurationMakesTheComponentActive() {
        assertThat(InactiveReason.of(true, description(), List.of(failed(1, "java.lang.RuntimeException: boom"),
                configuration(2, ComponentConfigurationDTO.SATISFIED)))).isEmpty();
        assertThat(InactiveReason.of(true, description(),
                List.of(configuration(1, ComponentConfigurationDTO.ACTIVE)))).isEmpty();
    }

    @Test
    void configurationsFailingAlikeAreSaidOnce() {
        assertThat(InactiveReason.of(true, description(), List.of(failed(1, "java.lang.RuntimeException: boom"),
                failed(2, "java.lang.RuntimeException: boom\n\tat x"))))
                .hasValue("activation failed: java.lang.RuntimeException: boom");
    }

    private static ComponentDescriptionDTO description(ReferenceDTO... references) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = "com.example.Sql";
        description.references = references;
        return description;
    }

    private static ReferenceDTO reference(String name, String interfaceName) {
        ReferenceDTO reference = new ReferenceDTO();
        reference.name = name;
        reference.interfaceName = interfaceName;
        return reference;
    }

    private static UnsatisfiedReferenceDTO unsatisfied(String name, String target) {
        UnsatisfiedReferenceDTO reference = new UnsatisfiedReferenceDTO();
        reference.name = name;
        reference.target = target;
        return reference;
    }
}
