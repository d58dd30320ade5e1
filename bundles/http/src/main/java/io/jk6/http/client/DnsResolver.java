package io.jk6.http.client;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * k6's {@code dns} option for a VU's connections: a lookup's addresses filtered by {@code policy}
 * ({@code preferIPv4}, the default, {@code preferIPv6}, {@code onlyIPv4}, {@code onlyIPv6},
 * {@code any}), one picked by {@code select} ({@code random}, the default, {@code first},
 * {@code roundRobin}), kept for {@code ttl} ({@code 5m} by default, {@code inf}, {@code 0} for
 * none; milliseconds when no unit is given). Shared by a VU's own client and its batch clients, hence synchronized.
 */
public final class DnsResolver {

    private record Cached(List<InetAddress> addresses, long expiresNanos) {
    }

    private final long ttlNanos;
    private final String select;
    private final String policy;
    private final Map<String, Cached> cache = new HashMap<>();
    private final Map<String, Integer> nextIndex = new HashMap<>();

    private DnsResolver(long ttlNanos, String select, String policy) {
        this.ttlNanos = ttlNanos;
        this.select = select;
        this.policy = policy;
    }

    /** k6's defaults: {@code ttl=5m,select=random,policy=preferIPv4}. */
    public static DnsResolver defaults() {
        return new DnsResolver(300_000_000_000L, "random", "preferIPv4");
    }

    /**
     * The resolver of a test's {@code dns} option (its JSON form, an object), or the defaults.
     *
     * @throws IllegalArgumentException naming {@code dns.ttl} for a ttl that is no duration
     */
    public static DnsResolver from(Object dns) {
        if (!(dns instanceof Map<?, ?> config)) {
            return defaults();
        }
        String select = config.get("select") instanceof String s && !s.isEmpty() ? s : "random";
        String policy = config.get("policy") instanceof String p && !p.isEmpty() ? p : "preferIPv4";
        long ttl = config.get("ttl") == null ? 300_000_000_000L : ttl(String.valueOf(config.get("ttl")));
        return new DnsResolver(ttl, select, policy);
    }

    private static long ttl(String text) {
        if (text.equals("inf")) {
            return Long.MAX_VALUE;
        }
        try {
            return text.matches("\\d+") ? Long.parseLong(text) * 1_000_000L
                    : io.jk6.support.GoDuration.parse(text).toNanos();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dns.ttl: \"" + text + "\" is no duration (inf, 0, 5m, 500...)");
        }
    }

    /** The address to dial for {@code host}; a host with no address the policy allows is k6's "no such host". */
    public synchronized InetAddress resolve(String host) throws UnknownHostException {
        long now = System.nanoTime();
        Cached cached = cache.get(host);
        List<InetAddress> addresses;
        if (cached != null && now - cached.expiresNanos() < 0) {
            addresses = cached.addresses();
        } else {
            addresses = applyPolicy(List.of(InetAddress.getAllByName(host)));
            if (ttlNanos > 0) {
                cache.put(host, new Cached(addresses, ttlNanos == Long.MAX_VALUE ? Long.MAX_VALUE : now + ttlNanos));
            }
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return switch (select) {
            case "first" -> addresses.getFirst();
            case "roundRobin" -> {
                int index = nextIndex.merge(host, 1, Integer::sum) - 1;
                yield addresses.get(index % addresses.size());
            }
            default -> addresses.get(ThreadLocalRandom.current().nextInt(addresses.size()));
        };
    }

    private List<InetAddress> applyPolicy(List<InetAddress> all) {
        List<InetAddress> v4 = new ArrayList<>();
        List<InetAddress> v6 = new ArrayList<>();
        for (InetAddress address : all) {
            (address instanceof Inet4Address ? v4 : v6).add(address);
        }
        return switch (policy) {
            case "any" -> all;
            case "preferIPv6" -> v6.isEmpty() ? v4 : v6;
            case "onlyIPv4" -> v4;
            case "onlyIPv6" -> v6;
            default -> v4.isEmpty() ? v6 : v4;
        };
    }
}
