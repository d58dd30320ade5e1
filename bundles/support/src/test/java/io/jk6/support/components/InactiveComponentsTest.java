package io.jk6.support.components;

import static io.jk6.support.components.ComponentDtos.configuration;
import static io.jk6.support.components.ComponentDtos.failed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;

class InactiveComponentsTest {

    private static final String MODULE = "io.jk6.api.js.JsModule";
    private static final String NAME = "jk6.module.name";

    @Test
    void onlyNamedComponentsOfTheInterfaceThatServeNothingAreListed() {
        var scr = new Runtime(Map.of(
                description("sql", MODULE, Map.of(NAME, "k6/x/sql")), failed(7, "java.lang.IllegalStateException: no db"),
                description("fine", MODULE, Map.of(NAME, "k6/x/fine")), configuration(8, ComponentConfigurationDTO.ACTIVE),
                description("unnamed", MODULE, Map.of()), failed(9, "java.lang.RuntimeException: ignored"),
                description("output", "io.jk6.api.output.OutputFactory", Map.of(NAME, "k6/x/odd")),
                        failed(10, "java.lang.RuntimeException: another kind")));

        assertThat(InactiveComponents.find(scr, MODULE, NAME)).containsExactly(new InactiveComponent("k6/x/sql", 42,
                "com.example.sql", "1.0.0", "activation failed: java.lang.IllegalStateException: no db", Set.of(7L)));
    }

    private static ComponentDescriptionDTO description(String name, String service, Map<String, Object> properties) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.serviceInterfaces = new String[] {service};
        description.properties = properties;
        description.bundle = new BundleDTO();
        description.bundle.id = 42;
        description.bundle.symbolicName = "com.example.sql";
        description.bundle.version = "1.0.0";
        return description;
    }

    /** SCR with fixed components, one configuration each, all enabled. */
    private record Runtime(Map<ComponentDescriptionDTO, ComponentConfigurationDTO> components)
            implements ServiceComponentRuntime {

        @Override
        public Collection<ComponentDescriptionDTO> getComponentDescriptionDTOs(Bundle... bundles) {
            return components.keySet();
        }

        @Override
        public ComponentDescriptionDTO getComponentDescriptionDTO(Bundle bundle, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Collection<ComponentConfigurationDTO> getComponentConfigurationDTOs(ComponentDescriptionDTO description) {
            return List.of(components.get(description));
        }

        @Override
        public boolean isComponentEnabled(ComponentDescriptionDTO description) {
            return true;
        }

        @Override
        public Promise<Void> enableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Promise<Void> disableComponent(ComponentDescriptionDTO description) {
            throw new UnsupportedOperationException();
        }
    }
}
