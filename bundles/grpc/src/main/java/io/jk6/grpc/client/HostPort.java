package io.jk6.grpc.client;

/** {@code host:port} (or {@code [v6]:port}) as k6's gRPC client takes its address. */
record HostPort(String host, int port) {

    static HostPort of(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalStateException("dial tcp " + address + ": address " + address + ": missing port in address");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new HostPort(host, Integer.parseInt(address.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("dial tcp " + address + ": address " + address + ": invalid port");
        }
    }
}
