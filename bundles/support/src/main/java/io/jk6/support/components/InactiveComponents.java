package io.jk6.support.components;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The components that would provide a named service but are not active, as SCR describes them.
 * A component provides a JS module or an output when its description declares the service
 * interface ({@code JsModule}, {@code OutputFactory}) and a name property
 * ({@code jk6.module.name}, {@code jk6.output.name}): what the engine binds once it is active.
 *
 * <p>The engine's "unknown module" error and the shell's {@code jk6:modules} both read it, each
 * from its own private copy of this package (bnd -conditionalpackage).
 */
public final class InactiveComponents {

    private InactiveComponents() {
    }

    /** Sorted by name, then bundle. */
    public static List<InactiveComponent> find(ServiceComponentRuntime scr, String serviceInterface, String nameProperty) {
        List<InactiveComponent> inactive = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (description.serviceInterfaces == null
                    || !Arrays.asList(description.serviceInterfaces).contains(serviceInterface)
                    || !(description.properties.get(nameProperty) instanceof String name) || name.isBlank()) {
                continue; // not a named service of this kind: the engine would not bind it either
            }
            Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
            InactiveReason.of(scr.isComponentEnabled(description), description, configurations)
                    .ifPresent(reason -> inactive.add(new InactiveComponent(name, description.bundle.id,
                            description.bundle.symbolicName, description.bundle.version, reason, ids(configurations))));
        }
        inactive.sort(Comparator.comparing(InactiveComponent::name).thenComparing(InactiveComponent::bundleSymbolicName));
        return inactive;
    }

    private static Set<Long> ids(Collection<ComponentConfigurationDTO> configurations) {
        return configurations.stream().map(c -> c.id).collect(Collectors.toUnmodifiableSet());
    }
}
