package io.jk6.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The services named by a property (JS modules by {@code jk6.module.name}, outputs by
 * {@code jk6.output.name}) as a table: name, providing bundle, its version and where it came
 * from. A name served twice is listed twice: the engine uses the first and keeps the second
 * waiting, which is worth seeing.
 */
final class NamedServiceList {

    /** One named service. */
    record Entry(String name, String bundle, String version, String from) {
    }

    private NamedServiceList() {
    }

    static List<Entry> find(BundleContext context, String serviceClass, String nameProperty) {
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
            if (name == null || bundle == null) {
                continue; // unnamed services are ignored by the engine too; a null bundle has just left
            }
            entries.add(new Entry(String.valueOf(name), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    origin.of(bundle)));
        }
        entries.sort(Comparator.comparing(Entry::name).thenComparing(Entry::bundle));
        return entries;
    }

    static String table(List<Entry> entries, String nameColumn) {
        Table table = new Table(nameColumn, "BUNDLE", "VERSION", "FROM");
        for (Entry e : entries) {
            table.row(e.name(), e.bundle(), e.version(), e.from());
        }
        return table.toString();
    }
}
