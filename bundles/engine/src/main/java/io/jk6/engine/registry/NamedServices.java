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

/**
 * Services that scripts and flags reach by name (JS modules, outputs), as bundles come and go.
 * One rule for all, whatever the order bundles start in: of the services with one name, the one
 * from the higher bundle version serves it, then the one from the lower bundle id (installed
 * first); the others wait and take over, in that order, when it leaves. A clash is told in one
 * line naming both providers and the winner ({@link FrameworkLog}, jk6's log format). Services
 * of equal {@linkplain Rank rank} (outside OSGi, where there are no bundles) keep arrival order.
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

        /** Which one serves the name when several have it; all equal by default. */
        default Rank rank() {
            return Rank.NONE;
        }
    }

    private final String kind;
    /** Candidates per name, best rank first (arrival order among equals): the first serves. */
    private final Map<String, List<R>> byName = new ConcurrentHashMap<>();

    /** @param kind what the services are, for log lines ("JS module", "output") */
    public NamedServices(String kind) {
        this.kind = kind;
    }

    /** "bundle SYMBOLIC-NAME VERSION" of the bundle that registered a service. */
    public static String provider(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "an unregistered service" : "bundle " + bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    public void add(R registration) {
        String[] clash = new String[1];
        byName.compute(registration.name(), (name, list) -> {
            if (list == null) {
                return List.of(registration);
            }
            List<R> more = new ArrayList<>(list);
            int at = 0;
            while (at < more.size() && more.get(at).rank().compareTo(registration.rank()) <= 0) {
                at++;
            }
            more.add(at, registration);
            R winner = more.get(0);
            R other = winner == registration ? list.get(0) : registration;
            clash[0] = kind + " \"" + name + "\" is served by " + describe(winner) + " and by " + describe(other)
                    + ": " + winner.provider() + " serves it (the higher bundle version wins, then the lower bundle id)";
            return List.copyOf(more);
        });
        if (clash[0] != null) {
            FrameworkLog.warn(clash[0]); // once the name is served as the line says
        }
    }

    private static String describe(Named registration) {
        Rank rank = registration.rank();
        return rank.none() ? registration.provider()
                : registration.provider() + " (id " + rank.bundleId() + ")";
    }

    /** Removes {@code service} from under {@code name}; the next in line, if any, serves the name. */
    public void remove(String name, Object service) {
        byName.computeIfPresent(name, (n, list) -> {
            List<R> rest = new ArrayList<>(list);
            rest.removeIf(r -> r.service() == service);
            return rest.isEmpty() ? null : List.copyOf(rest);
        });
    }

    /** True while {@code registration} is registered under its name, serving it or waiting. */
    public boolean has(R registration) {
        List<R> list = byName.get(registration.name());
        return list != null && list.stream().anyMatch(r -> r.service() == registration.service());
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
