package io.jk6.http.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a test may not connect, as k6's dialer checks it: {@code blockHostnames} (a host name, or
 * {@code *suffix} for every name ending so) before the lookup, {@code blacklistIPs} (CIDR ranges)
 * on the address dialed. A refused dial is a request error with k6's code and text.
 *
 * @param blacklist the ranges as written and parsed
 * @param blocked   the host name patterns, in lower case
 */
public record DialPolicy(List<Range> blacklist, List<String> blocked) {

    public static final DialPolicy NONE = new DialPolicy(List.of(), List.of());

    /** k6's hostname pattern: an optional leading {@code *} or {@code *.}, then a host name. */
    private static final Pattern HOSTNAME_PATTERN = Pattern.compile(
            "^(\\*\\.?)?((([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*"
                    + "([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\\-]*[A-Za-z0-9]))?$");

    /** A CIDR range, e.g. {@code 10.0.0.0/8} or {@code fd00::/8}. */
    public record Range(String cidr, byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] ip = address.getAddress();
            if (ip.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((ip[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The policy of a test's options.
     *
     * @throws IllegalArgumentException naming the option, for a range or pattern that is wrong
     */
    public static DialPolicy from(Map<String, Object> options) {
        List<Range> ranges = new ArrayList<>();
        if (options.get("blacklistIPs") instanceof List<?> list) {
            for (Object cidr : list) {
                ranges.add(range(String.valueOf(cidr)));
            }
        }
        List<String> patterns = new ArrayList<>();
        if (options.get("blockHostnames") instanceof List<?> list) {
            for (Object pattern : list) {
                String p = String.valueOf(pattern).toLowerCase(Locale.ROOT);
                if (!HOSTNAME_PATTERN.matcher(p).matches()) {
                    throw new IllegalArgumentException("blockHostnames: invalid hostname pattern '" + pattern + "'");
                }
                patterns.add(p);
            }
        }
        return ranges.isEmpty() && patterns.isEmpty() ? NONE : new DialPolicy(List.copyOf(ranges), List.copyOf(patterns));
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            if (slash < 0 || !cidr.substring(0, slash).matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException();
            }
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException();
            }
            return new Range(cidr, network, prefix);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new IllegalArgumentException("blacklistIPs: invalid CIDR address: " + cidr);
        }
    }

    /** Refuses a host name that a {@code blockHostnames} pattern matches (names only, not addresses). */
    void checkHost(String host) throws Refused {
        String name = host.toLowerCase(Locale.ROOT);
        for (String pattern : blocked) {
            boolean match = pattern.startsWith("*") ? name.endsWith(pattern.substring(1)) : name.equals(pattern);
            if (match) {
                throw new Refused(K6ErrorCodes.BLOCKED_HOSTNAME, "hostname is blocked",
                        "hostname (" + host + ") is in a blocked pattern (" + pattern + ")");
            }
        }
    }

    /** Refuses an address in a {@code blacklistIPs} range. */
    void checkAddress(InetAddress address) throws Refused {
        for (Range range : blacklist) {
            if (range.contains(address)) {
                throw new Refused(K6ErrorCodes.BLACKLISTED_IP, "ip is blacklisted",
                        "IP (" + address.getHostAddress() + ") is in a blacklisted range (" + range.cidr() + ")");
            }
        }
    }

    /** A dial this policy refuses: k6's code and error text, and its longer reason. */
    public static final class Refused extends IOException {

        private final int code;
        private final String k6Message;

        Refused(int code, String k6Message, String reason) {
            super(reason);
            this.code = code;
            this.k6Message = k6Message;
        }

        int code() {
            return code;
        }

        String k6Message() {
            return k6Message;
        }
    }
}
