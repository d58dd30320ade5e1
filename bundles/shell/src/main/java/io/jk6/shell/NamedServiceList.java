package io.jk6.shell;

import io.jk6.support.components.InactiveComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The services named by a property (JS modules by {@code jk6.module.name}, outputs by
 * {@code jk6.output.name}) as a table: name, providing bundle, its version and where it came
 * from. A name served twice is listed twice: the engine uses the first and keeps the second
 * waiting, which is worth seeing. After them, the components that would serve a name but are
 * not active, each with why: otherwise an extension that failed is simply missing.
 */
final class NamedServiceList {

    static final String ACTIVE = "active";
    static final String NOT_ACTIVE = "NOT ACTIVE: ";

    /** One named service, or one component that would be one; {@code state} says which. */
    record Entry(String name, String bundle, String version, String from, String state) {

        Entry(String name, String bundle, String version, String from) {
            this(name, bundle, version, from, ACTIVE);
        }

        boolean active() {
            return state.equals(ACTIVE);
        }
    }

    private NamedServiceList() {
    }

    static List<Entry> find(BundleContext context, String serviceClass, String nameProperty) {
        return find(context, serviceClass, nameProperty, List.of());
    }

    /**
     * The registered services, then the {@code inactive} components. A delayed component whose
     * activation failed keeps its service registered: it is listed once, as not active.
     */
    static List<Entry> find(BundleContext context, String serviceClass, String nameProperty,
            List<InactiveComponent> inactive) {
        Set<Long> failed = inactive.stream().flatMap(c -> c.componentIds().stream()).collect(Collectors.toSet());
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(serviceClass, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        BundleOrigin origin = Jk6Paths.origin(context);
        List<Entry> entries = new ArrayList<>();
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Object name = reference.getProperty(nameProperty);
            Bundle bundle = reference.getBundle();
            if (name == null || bundle == null || failed.contains(reference.getProperty("component.id"))) {
                continue; // unnamed services are ignored by the engine too; a null bundle has just left
            }
            entries.add(new Entry(String.valueOf(name), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    origin.of(bundle)));
        }
        entries.sort(Comparator.comparing(Entry::name).thenComparing(Entry::bundle));
        for (InactiveComponent component : inactive) {
            entries.add(new Entry(component.name(), component.bundleSymbolicName(), component.bundleVersion(),
                    origin.of(context.getBundle(component.bundleId())), NOT_ACTIVE + component.reason()));
        }
        return entries;
    }

    /** With a STATE column only when something is not active: the usual listing stays as it was. */
    static String table(List<Entry> entries, String nameColumn) {
        boolean allActive = entries.stream().allMatch(Entry::active);
        Table table = allActive ? new Table(nameColumn, "BUNDLE", "VERSION", "FROM")
                : new Table(nameColumn, "BUNDLE", "VERSION", "FROM", "STATE");
        for (Entry e : entries) {
            if (allActive) {
                table.row(e.name(), e.bundle(), e.version(), e.from());
            } else {
                table.row(e.name(), e.bundle(), e.version(), e.from(), e.state());
            }
        }
        return table.toString();
    }
}
