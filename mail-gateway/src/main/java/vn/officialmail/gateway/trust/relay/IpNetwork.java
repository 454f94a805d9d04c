package vn.officialmail.gateway.trust.relay;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IP network in CIDR notation ({@code 203.0.113.0/24}, {@code 2001:db8::/32}), or one address
 * ({@code 203.0.113.25}, taken as /32 or /128). IPv4-mapped IPv6 client addresses match IPv4
 * networks.
 *
 * @param address the network address, host bits cleared
 * @param prefixLength the number of leading bits that must match
 */
public record IpNetwork(byte[] address, int prefixLength) {

    /**
     * Parses CIDR notation; no host names (they would need DNS to be found).
     *
     * @throws IllegalArgumentException naming the bad entry and the accepted forms
     */
    public static IpNetwork parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String addressPart = slash < 0 ? trimmed : trimmed.substring(0, slash);
        try {
            byte[] address = InetAddresses.forString(addressPart).getAddress();
            int max = address.length * 8;
            int prefix = slash < 0 ? max : Integer.parseInt(trimmed.substring(slash + 1));
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("prefix " + prefix);
            }
            return new IpNetwork(mask(address, prefix), prefix);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or network; use 203.0.113.25,"
                    + " 203.0.113.0/24 or 2001:db8::/32");
        }
    }

    /** Whether {@code client} (an IP address literal) is in this network; false for anything else. */
    public boolean contains(String client) {
        String trimmed = client.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (!InetAddresses.isInetAddress(trimmed)) {
            return false;
        }
        InetAddress parsed = InetAddresses.forString(trimmed);
        // forString already turns ::ffff:a.b.c.d into an Inet4Address.
        byte[] bytes = parsed.getAddress();
        return bytes.length == address.length && Arrays.equals(mask(bytes, prefixLength), address);
    }

    @Override
    public String toString() {
        try {
            // From bytes: no name lookup happens.
            return InetAddresses.toAddrString(InetAddress.getByAddress(address)) + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a parsed address has 4 or 16 octets", e);
        }
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return masked;
    }
}
