package io.jk6.http.client;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * k6's {@code localIPs} ({@code --local-ips}): addresses, ranges ({@code 192.168.0.10-192.168.0.25})
 * and CIDRs ({@code fd:1::0/120}), comma-separated; VU number n dials from the pool's (n-1)th
 * address, counting round the pool, as k6 gives them out.
 */
public final class LocalIps {

    private record Block(BigInteger first, BigInteger count, int length) {
    }

    private final List<Block> blocks;
    private final BigInteger size;

    private LocalIps(List<Block> blocks) {
        this.blocks = blocks;
        this.size = blocks.stream().map(Block::count).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** @throws IllegalArgumentException naming {@code localIPs}, for a part that is no address, range or CIDR */
    public static LocalIps parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                if (p.contains("/")) {
                    byte[] network = address(p.substring(0, p.indexOf('/')));
                    int prefix = Integer.parseInt(p.substring(p.indexOf('/') + 1));
                    int hostBits = network.length * 8 - prefix;
                    BigInteger base = new BigInteger(1, network).shiftRight(hostBits).shiftLeft(hostBits);
                    blocks.add(new Block(base, BigInteger.ONE.shiftLeft(hostBits), network.length));
                } else if (p.contains("-")) {
                    byte[] from = address(p.substring(0, p.indexOf('-')));
                    byte[] to = address(p.substring(p.indexOf('-') + 1));
                    BigInteger first = new BigInteger(1, from);
                    BigInteger count = new BigInteger(1, to).subtract(first).add(BigInteger.ONE);
                    if (from.length != to.length || count.signum() <= 0) {
                        throw new IllegalArgumentException();
                    }
                    blocks.add(new Block(first, count, from.length));
                } else {
                    byte[] one = address(p);
                    blocks.add(new Block(new BigInteger(1, one), BigInteger.ONE, one.length));
                }
            } catch (IllegalArgumentException | UnknownHostException e) {
                throw new IllegalArgumentException("localIPs: \"" + p + "\" is no IP, range or CIDR");
            }
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("localIPs: no address in \"" + text + "\"");
        }
        return new LocalIps(List.copyOf(blocks));
    }

    private static byte[] address(String text) throws UnknownHostException {
        if (!text.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException(text); // no host names: no lookups for a local address
        }
        return InetAddress.getByName(text).getAddress();
    }

    /** The address of the VU at {@code index} (0 for VU 1). */
    public InetAddress forVu(long index) {
        BigInteger i = BigInteger.valueOf(index).mod(size);
        for (Block block : blocks) {
            if (i.compareTo(block.count()) < 0) {
                byte[] raw = block.first().add(i).toByteArray();
                byte[] bytes = new byte[block.length()];
                int copy = Math.min(raw.length, bytes.length);
                System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
                try {
                    return InetAddress.getByAddress(bytes);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
            i = i.subtract(block.count());
        }
        throw new IllegalStateException("index past the pool");
    }
}
