package vn.officialmail.gateway.trust.dns;

import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * DNS for sender authentication ({@code gateway.authentication.dns.*}). Every component may be
 * left out ({@code null}): it then takes the default named here. A bad value fails with the key,
 * the value and what is allowed.
 *
 * @param mode {@code resolvers} (default) asks DNS servers; {@code static} answers only from
 *     {@code static-zone-files} and {@code static-records}, for air-gapped networks
 * @param resolvers the recursive resolvers' IP addresses, {@code 192.0.2.53}, {@code 192.0.2.53:5353}
 *     or {@code [2001:db8::53]:53}; default: the machine's own ({@code /etc/resolv.conf})
 * @param timeout one attempt at one resolver, default 3s (100ms to 60s)
 * @param retries further rounds over all resolvers after the first, default 1 (0 to 5)
 * @param cacheSize answers kept at most, default 10000 (1 to 10,000,000)
 * @param cacheMaxTtl the longest an answer is kept, whatever its TTL, default 1h (1s to 7d)
 * @param negativeTtl how long an absence is kept when the answer has no SOA, default 5m (0 to 1d)
 * @param staticZoneFiles zone files (RFC 1035 §5 format) for {@code static} mode
 * @param staticRecords zone-file lines, e.g. {@code moj.gov.vn. 3600 IN TXT "v=spf1 -all"}
 */
public record DnsSettings(
        Mode mode,
        List<String> resolvers,
        Duration timeout,
        Integer retries,
        Integer cacheSize,
        Duration cacheMaxTtl,
        Duration negativeTtl,
        List<Path> staticZoneFiles,
        List<String> staticRecords) {

    private static final String PREFIX = "gateway.authentication.dns.";

    /** Where answers come from. */
    public enum Mode {
        /** Ask the configured (or the machine's) recursive resolvers, through a cache. */
        RESOLVERS,
        /** Only the static records: nothing goes to the network. */
        STATIC
    }

    public DnsSettings {
        mode = mode == null ? Mode.RESOLVERS : mode;
        resolvers = resolvers == null ? List.of() : List.copyOf(resolvers);
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
        retries = retries == null ? 1 : retries;
        cacheSize = cacheSize == null ? 10_000 : cacheSize;
        cacheMaxTtl = cacheMaxTtl == null ? Duration.ofHours(1) : cacheMaxTtl;
        negativeTtl = negativeTtl == null ? Duration.ofMinutes(5) : negativeTtl;
        staticZoneFiles = staticZoneFiles == null ? List.of() : List.copyOf(staticZoneFiles);
        staticRecords = staticRecords == null ? List.of() : List.copyOf(staticRecords);

        requireBetween("timeout", timeout, Duration.ofMillis(100), Duration.ofSeconds(60));
        requireBetween("cache-max-ttl", cacheMaxTtl, Duration.ofSeconds(1), Duration.ofDays(7));
        requireBetween("negative-ttl", negativeTtl, Duration.ZERO, Duration.ofDays(1));
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException(PREFIX + "retries must be between 0 and 5: " + retries);
        }
        if (cacheSize < 1 || cacheSize > 10_000_000) {
            throw new IllegalArgumentException(PREFIX + "cache-size must be between 1 and 10000000: " + cacheSize);
        }
        resolvers.forEach(DnsSettings::resolverAddress);
        if (mode == Mode.STATIC && staticZoneFiles.isEmpty() && staticRecords.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "mode static needs static-zone-files or static-records:"
                    + " with neither, no sender could ever be authenticated");
        }
    }

    /** All defaults: the machine's resolvers, 3s, one retry, 10,000 answers for at most an hour. */
    public static DnsSettings defaults() {
        return new DnsSettings(null, null, null, null, null, null, null, null, null);
    }

    /** The resolvers as socket addresses (port 53 unless given). */
    public List<InetSocketAddress> resolverAddresses() {
        return resolvers.stream().map(DnsSettings::resolverAddress).toList();
    }

    // IP literals only: a resolver given by name would need DNS to find DNS.
    private static InetSocketAddress resolverAddress(String entry) {
        try {
            HostAndPort hostAndPort = HostAndPort.fromString(entry.trim()).withDefaultPort(53);
            return new InetSocketAddress(InetAddresses.forString(hostAndPort.getHost()), hostAndPort.getPort());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + "resolvers entries must be an IP address with an optional"
                    + " port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53): '" + entry + "'");
        }
    }

    private static void requireBetween(String key, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    PREFIX + key + " must be between " + human(min) + " and " + human(max) + ": " + human(value));
        }
    }

    // In the units a setting is written in (100ms, 3s, 5m, 1h, 7d).
    private static String human(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
