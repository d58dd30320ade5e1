package io.jk6.engine.registry;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * Which of several services with one name serves it: the one from the higher bundle version
 * (OSGi's order: major, minor, micro, then the qualifier as text), then the one from the lower
 * bundle id (installed first). Whatever order bundles start in, the same one wins.
 *
 * <p>The version is kept in plain fields, not as an {@code org.osgi.framework.Version}: the engine
 * also runs outside OSGi (jk6-testing, embedding), where no OSGi class is on the class path and
 * every service has {@link #NONE}.
 */
public record Rank(int major, int minor, int micro, String qualifier, long bundleId) implements Comparable<Rank> {

    /** Outside OSGi: no bundle, so services of one name keep their arrival order. */
    public static final Rank NONE = new Rank(0, 0, 0, "", Long.MAX_VALUE);

    /** The rank of the bundle that registered the service (OSGi only). */
    public static Rank of(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return NONE;
        }
        Version version = bundle.getVersion();
        return new Rank(version.getMajor(), version.getMinor(), version.getMicro(), version.getQualifier(),
                bundle.getBundleId());
    }

    /** A rank from a version text ({@code 1.2.3} or {@code 1.2.3.qualifier}) and a bundle id. */
    public static Rank of(String version, long bundleId) {
        String[] parts = version.split("\\.", 4);
        return new Rank(number(parts, 0), number(parts, 1), number(parts, 2), parts.length > 3 ? parts[3] : "",
                bundleId);
    }

    private static int number(String[] parts, int index) {
        return index < parts.length ? Integer.parseInt(parts[index]) : 0;
    }

    /** Negative when this one serves before {@code other}. */
    @Override
    public int compareTo(Rank other) {
        int byVersion = Integer.compare(other.major, major);
        if (byVersion == 0) {
            byVersion = Integer.compare(other.minor, minor);
        }
        if (byVersion == 0) {
            byVersion = Integer.compare(other.micro, micro);
        }
        if (byVersion == 0) {
            byVersion = other.qualifier.compareTo(qualifier);
        }
        return byVersion != 0 ? byVersion : Long.compare(bundleId, other.bundleId);
    }

    /** True for a service outside OSGi, which has no bundle to name. */
    boolean none() {
        return bundleId == Long.MAX_VALUE;
    }
}
