package io.jk6.engine.output;

import io.jk6.api.output.OutputFactory;
import io.jk6.api.output.OutputName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link OutputFactory} service, by output name ({@code --out NAME}). As with JS modules
 * the engine knows no output by name: {@code json} is a service of the outputs bundle like any
 * extension's. A second factory with a taken name is refused with a log line; it takes over when
 * the first leaves.
 */
@Component(service = OutputRegistry.class)
public final class OutputRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(OutputRegistry.class);

    /** Candidates per name in arrival order: the first serves, later ones wait for it to leave. */
    private final Map<String, List<Registration>> byName = new ConcurrentHashMap<>();

    /** One output factory service and where it came from. */
    public record Registration(String name, OutputFactory factory, String provider) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindOutputFactory(OutputFactory factory, Map<String, Object> properties) {
        Object name = properties.get(OutputName.PROPERTY);
        String provider = String.valueOf(properties.getOrDefault("component.name", factory.getClass().getName()));
        if (!(name instanceof String outputName) || outputName.isBlank()) {
            LOG.warn("output factory {} ignored: it has no {} service property (use @OutputName)", provider,
                    OutputName.PROPERTY);
            return;
        }
        add(new Registration(outputName, factory, provider));
    }

    void unbindOutputFactory(OutputFactory factory, Map<String, Object> properties) {
        if (properties.get(OutputName.PROPERTY) instanceof String outputName) {
            byName.computeIfPresent(outputName, (n, list) -> {
                List<Registration> rest = new ArrayList<>(list);
                rest.removeIf(r -> r.factory() == factory);
                return rest.isEmpty() ? null : List.copyOf(rest);
            });
        }
    }

    /** Adds a factory outside OSGi (tests, embedding). */
    public void add(Registration registration) {
        byName.compute(registration.name(), (n, list) -> {
            if (list == null) {
                return List.of(registration);
            }
            LOG.error("output \"{}\" from {} refused: the name is already served by {}",
                    n, registration.provider(), list.get(0).provider());
            List<Registration> more = new ArrayList<>(list);
            more.add(registration);
            return List.copyOf(more);
        });
    }

    /** The factory serving this output name. */
    public Optional<Registration> find(String name) {
        List<Registration> list = byName.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The names {@code --out} accepts now, sorted. */
    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
