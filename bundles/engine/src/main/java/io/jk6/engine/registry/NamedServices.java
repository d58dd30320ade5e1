package io.jk6.engine.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;

/**
 * Services that scripts and flags reach by name (JS modules, outputs), as bundles come and go.
 * One rule for all: the first service with a name serves it; a later one with the same name is
 * refused with a log line naming both providers, waits, and takes over when the first leaves.
 *
 * @param <R> the registration: a name, a provider to name in messages, the service object
 */
public final class NamedServices<R extends NamedServices.Named> {

    /** What is registered under a name. */
    public interface Named {
        String name();

        /** Who provides it, for log lines ("bundle io.example.x 1.0.0"). */
        String provider();

        /** The service object; removal matches it by identity. */
        Object service();
    }

    private final String kind;
    private final Logger log;
    /** Candidates per name in arrival order: the first serves, later ones wait for it to leave. */
    private final Map<String, List<R>> byName = new ConcurrentHashMap<>();

    /** @param kind what the services are, for log lines ("JS module", "output") */
    public NamedServices(String kind, Logger log) {
        this.kind = kind;
        this.log = log;
    }

    /** "bundle SYMBOLIC-NAME VERSION" of the bundle that registered a service. */
    public static String provider(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "an unregistered service" : "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    public void add(R registration) {
        byName.compute(registration.name(), (name, list) -> {
            if (list == null) {
                return List.of(registration);
            }
            log.error("{} \"{}\" from {} refused: the name is already served by {}", kind, name,
                    registration.provider(), list.get(0).provider());
            List<R> more = new ArrayList<>(list);
            more.add(registration);
            return List.copyOf(more);
        });
    }

    /** Removes {@code service} from under {@code name}; the next in line, if any, serves the name. */
    public void remove(String name, Object service) {
        byName.computeIfPresent(name, (n, list) -> {
            List<R> rest = new ArrayList<>(list);
            rest.removeIf(r -> r.service() == service);
            return rest.isEmpty() ? null : List.copyOf(rest);
        });
    }

    /** What serves this name now. */
    public Optional<R> find(String name) {
        List<R> list = byName.get(name);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The names served now, sorted. */
    public SortedSet<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
