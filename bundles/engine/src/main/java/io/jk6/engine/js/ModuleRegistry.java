package io.jk6.engine.js;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
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
 * Every {@link JsModule} service, by import name. The engine knows no module by name: the
 * built-in ones are services like any extension's. Services come and go while the framework
 * runs; a script sees the modules present when its VU imports them.
 */
@Component(service = ModuleRegistry.class)
public final class ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistry.class);

    /** Candidates per name in arrival order: the first serves, later ones wait for it to leave. */
    private final Map<String, List<Registration>> byName = new ConcurrentHashMap<>();

    /** One module service and where it came from. */
    public record Registration(String name, JsModule module, long serviceId, String provider) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModule(JsModule module, Map<String, Object> properties) {
        Object name = properties.get(ModuleName.PROPERTY);
        String provider = String.valueOf(properties.getOrDefault("component.name", module.getClass().getName()));
        if (!(name instanceof String moduleName) || moduleName.isBlank()) {
            LOG.warn("JS module {} ignored: it has no {} service property (use @ModuleName)", provider, ModuleName.PROPERTY);
            return;
        }
        long serviceId = ((Number) properties.getOrDefault("service.id", 0L)).longValue();
        add(new Registration(moduleName, module, serviceId, provider));
    }

    void unbindModule(JsModule module, Map<String, Object> properties) {
        if (properties.get(ModuleName.PROPERTY) instanceof String moduleName) {
            byName.computeIfPresent(moduleName, (n, list) -> {
                List<Registration> rest = new ArrayList<>(list);
                rest.removeIf(r -> r.module() == module);
                return rest.isEmpty() ? null : List.copyOf(rest);
            });
        }
    }

    /** Adds a module outside OSGi (tests, embedding). */
    public void add(Registration registration) {
        byName.compute(registration.name(), (n, list) -> {
            if (list == null) {
                return List.of(registration);
            }
            LOG.error("JS module \"{}\" from {} refused: the name is already served by {}",
                    n, registration.provider(), list.get(0).provider());
            List<Registration> more = new ArrayList<>(list);
            more.add(registration);
            return List.copyOf(more);
        });
    }

    /** The module serving this import name. */
    public Optional<Registration> find(String name) {
        List<Registration> list = byName.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The names scripts can import now, sorted. */
    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
