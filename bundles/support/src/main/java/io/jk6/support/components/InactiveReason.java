package io.jk6.support.components;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Why a DS component serves nothing, in one line, from Felix SCR's DTOs: what a user needs to
 * fix an extension whose module or output is missing. A pure function of the DTOs (plain
 * public fields), so tests build them by hand.
 */
public final class InactiveReason {

    private InactiveReason() {
    }

    /**
     * The reason, or empty when a configuration of the component is satisfied or active: its
     * service is registered and works (a satisfied one is activated on first use).
     */
    public static Optional<String> of(boolean enabled, ComponentDescriptionDTO description,
            Collection<ComponentConfigurationDTO> configurations) {
        if (!enabled) {
            return Optional.of("disabled");
        }
        if (configurations.isEmpty()) {
            // SCR creates no configuration while a required one is missing
            return Optional.of(missingConfiguration(description));
        }
        Set<String> reasons = new LinkedHashSet<>(); // factory configurations often fail alike
        for (ComponentConfigurationDTO configuration : configurations) {
            if (configuration.state == ComponentConfigurationDTO.SATISFIED
                    || configuration.state == ComponentConfigurationDTO.ACTIVE) {
                return Optional.empty();
            }
            reasons.add(of(description, configuration));
        }
        return Optional.of(String.join("; ", reasons));
    }

    private static String of(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> missingConfiguration(description);
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> unsatisfied(description, configuration.unsatisfiedReferences);
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "activation failed: " + firstLine(configuration.failure);
            // none of the spec's: Felix SCR answered -1 once, for a component whose services were changing
            default -> "changing state (SCR state " + configuration.state + "): list again in a moment";
        };
    }

    private static String missingConfiguration(ComponentDescriptionDTO description) {
        String[] pids = description.configurationPid;
        return "unsatisfied configuration: needs configuration "
                + (pids == null || pids.length == 0 ? description.name : String.join(", ", pids));
    }

    /** {@code unsatisfied reference "dataSource" (javax.sql.DataSource, target (db=orders))}. */
    static String unsatisfied(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO[] references) {
        if (references == null || references.length == 0) {
            return "unsatisfied reference";
        }
        List<String> each = new ArrayList<>();
        for (UnsatisfiedReferenceDTO reference : references) {
            StringBuilder text = new StringBuilder("\"").append(reference.name).append("\" (")
                    .append(interfaceName(description, reference.name));
            if (reference.target != null && !reference.target.isBlank()) {
                text.append(", target ").append(reference.target);
            }
            each.add(text.append(')').toString());
        }
        return (each.size() == 1 ? "unsatisfied reference " : "unsatisfied references ") + String.join(", ", each);
    }

    /** The unsatisfied DTO names the reference; its description says which service it wants. */
    private static String interfaceName(ComponentDescriptionDTO description, String referenceName) {
        for (ReferenceDTO reference : description.references == null ? new ReferenceDTO[0] : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName;
            }
        }
        return "?";
    }

    /**
     * The failure's first line: SCR keeps the whole stack trace, whose first line is the
     * exception and its message, enough to act on in a one-line listing.
     */
    static String firstLine(String failure) {
        if (failure == null || failure.isBlank()) {
            return "no reason given";
        }
        return failure.strip().lines().findFirst().orElse("").strip();
    }
}
