package vn.officialmail.gateway.trust.dns;

import java.net.InetSocketAddress;
import java.util.List;
import org.xbill.DNS.ResolverConfig;

/** Builds the {@link DnsLookup} the settings describe. */
public final class DnsLookups {

    private DnsLookups() {}

    /**
     * Static records alone in {@code static} mode; otherwise the resolvers (the configured ones,
     * else the machine's) behind a cache.
     */
    public static DnsLookup create(DnsSettings settings) {
        if (settings.mode() == DnsSettings.Mode.STATIC) {
            return StaticDnsLookup.of(settings.staticZoneFiles(), settings.staticRecords());
        }
        List<InetSocketAddress> servers = settings.resolverAddresses();
        if (servers.isEmpty()) {
            servers = ResolverConfig.getCurrentConfig().servers();
        }
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("gateway.authentication.dns.resolvers is empty and the machine names no"
                    + " resolver (/etc/resolv.conf): give resolver addresses, or mode static with records");
        }
        ResolverDnsLookup resolver =
                new ResolverDnsLookup(servers, settings.timeout(), settings.retries(), settings.negativeTtl());
        return new CachingDnsLookup(resolver, settings.cacheSize(), settings.cacheMaxTtl());
    }
}
