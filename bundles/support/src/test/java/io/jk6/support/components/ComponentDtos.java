package io.jk6.support.components;

import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** SCR's configuration DTOs as tests write them: plain public fields, set by hand. */
final class ComponentDtos {

    private ComponentDtos() {
    }

    static ComponentConfigurationDTO configuration(long id, int state) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.id = id;
        configuration.state = state;
        return configuration;
    }

    static ComponentConfigurationDTO failed(long id, String failure) {
        ComponentConfigurationDTO configuration = configuration(id, ComponentConfigurationDTO.FAILED_ACTIVATION);
        configuration.failure = failure;
        return configuration;
    }
}
