package io.jk6.cli;

import io.jk6.api.runner.OptionFlag;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * k6's flags for the options modules read (k6/http's user agent, batch
 * sizes, TLS verification...), with k6's names and help. Part of {@link OptionFlags}, so
 * {@code jk6 archive} freezes them into the archive as k6 does.
 */
final class ModuleOptionFlags {

    @Option(names = "--max-redirects", paramLabel = "int", description = "follow at most n redirects (default 10)")
    String maxRedirects;

    @Option(names = "--batch", paramLabel = "int", description = "max parallel batch reqs (default 20)")
    String batch;

    @Option(names = "--batch-per-host", paramLabel = "int", description = "max parallel batch reqs per host (default 6)")
    String batchPerHost;

    @Option(names = "--rps", paramLabel = "int", description = "limit requests per second")
    String rps;

    @Option(names = "--user-agent", paramLabel = "string",
            description = "user agent for http requests (default \"jk6/<version> (https://jk6.io)\")")
    String userAgent;

    @Option(names = "--http-debug", paramLabel = "string", arity = "0..1", fallbackValue = "headers",
            description = "log all HTTP requests and responses. Excludes body by default. To include body use"
                    + " '--http-debug=full'")
    String httpDebug;

    @Option(names = "--insecure-skip-tls-verify", paramLabel = "bool", arity = "0..1", fallbackValue = "true",
            description = "skip verification of TLS certificates")
    String insecureSkipTlsVerify;

    @Option(names = "--no-vu-connection-reuse", paramLabel = "bool", arity = "0..1", fallbackValue = "true",
            description = "don't reuse connections between iterations")
    String noVuConnectionReuse;

    @Option(names = "--discard-response-bodies", paramLabel = "bool", arity = "0..1", fallbackValue = "true",
            description = "Read but don't process or save HTTP response bodies")
    String discardResponseBodies;

    @Option(names = "--blacklist-ip", paramLabel = "ip range", split = ",",
            description = "blacklist an ip range from being called")
    List<String> blacklistIps;

    @Option(names = "--block-hostnames", paramLabel = "pattern", split = ",",
            description = "block a case-insensitive hostname pattern, with optional leading wildcard, from being called")
    List<String> blockHostnames;

    @Option(names = "--system-tags", paramLabel = "tags", split = ",",
            description = "only include these system tags in metrics (default \"check, error, error_code, expected_response,"
                    + " group, method, name, proto, scenario, service, status, subproto, tls_version, url\")")
    List<String> systemTags;

    @Option(names = "--local-ips", paramLabel = "string",
            description = "Client IP Ranges and/or CIDRs from which each VU will be making requests, e.g."
                    + " '192.168.220.1,192.168.0.10-192.168.0.25', 'fd:1::0/120', etc.")
    String localIps;

    @Option(names = "--dns", paramLabel = "string",
            description = "DNS resolver configuration (default \"ttl=5m,select=random,policy=preferIPv4\")")
    String dns;

    /** The options these flags set, as typed; the engine reads each and names the flag of a bad one. */
    void addTo(List<OptionFlag> flags) {
        add(flags, "maxRedirects", "--max-redirects", maxRedirects);
        add(flags, "batch", "--batch", batch);
        add(flags, "batchPerHost", "--batch-per-host", batchPerHost);
        add(flags, "rps", "--rps", rps);
        add(flags, "userAgent", "--user-agent", userAgent);
        add(flags, "httpDebug", "--http-debug", httpDebug);
        add(flags, "insecureSkipTLSVerify", "--insecure-skip-tls-verify", insecureSkipTlsVerify);
        add(flags, "noVUConnectionReuse", "--no-vu-connection-reuse", noVuConnectionReuse);
        add(flags, "discardResponseBodies", "--discard-response-bodies", discardResponseBodies);
        add(flags, "blacklistIPs", "--blacklist-ip", blacklistIps == null ? null : String.join(",", blacklistIps));
        add(flags, "blockHostnames", "--block-hostnames", blockHostnames == null ? null : String.join(",", blockHostnames));
        add(flags, "systemTags", "--system-tags", systemTags == null ? null : String.join(",", systemTags));
        add(flags, "localIPs", "--local-ips", localIps);
        add(flags, "dns", "--dns", dns);
    }

    private static void add(List<OptionFlag> flags, String option, String flag, String text) {
        if (text != null) {
            flags.add(new OptionFlag(option, text, flag));
        }
    }
}
