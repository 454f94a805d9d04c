package vn.officialmail.gateway.trust.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Answers from records given in advance, for air-gapped networks with no resolver to ask. The
 * records are written in the zone-file format of RFC 1035 §5 (as BIND and NSD read it; dnsjava's
 * {@link Master} parses it), one file or a list of lines, e.g.
 *
 * <pre>
 * moj.gov.vn.                      3600 IN TXT "v=spf1 ip4:203.0.113.0/24 -all"
 * _dmarc.moj.gov.vn.               3600 IN TXT "v=DMARC1; p=reject"
 * mail._domainkey.moj.gov.vn.      3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBg..."
 * </pre>
 *
 * A name given with no record of the asked type answers NO_RECORDS, a name not given at all
 * NO_DOMAIN; a CNAME is followed (at most 8 links). Nothing here is ever a temporary failure.
 */
public final class StaticDnsLookup implements DnsLookup {

    private static final int MAX_CNAME_LINKS = 8;

    private final Map<Name, List<Record>> recordsByName;

    private StaticDnsLookup(Map<Name, List<Record>> recordsByName) {
        this.recordsByName = recordsByName;
    }

    /** Records from zone files; relative names are relative to the root. */
    public static StaticDnsLookup fromZoneFiles(List<Path> files) {
        Map<Name, List<Record>> records = new HashMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                read(in, file.toString(), records);
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "cannot read the static DNS records in " + file + ": " + e.getMessage(), e);
            }
        }
        return new StaticDnsLookup(freeze(records));
    }

    /** Records from zone-file lines (each line one record, absolute names). */
    public static StaticDnsLookup fromLines(List<String> lines) {
        Map<Name, List<Record>> records = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            try (InputStream in = new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8))) {
                read(in, "static DNS record " + number + " '" + line + "'", records);
            } catch (IOException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return new StaticDnsLookup(freeze(records));
    }

    /** Both: the files' records, then the lines'. */
    public static StaticDnsLookup of(List<Path> files, List<String> lines) {
        Map<Name, List<Record>> records = new HashMap<>(fromZoneFiles(files).recordsByName);
        fromLines(lines).recordsByName.forEach((name, more) -> records.merge(name, more, StaticDnsLookup::concat));
        return new StaticDnsLookup(Map.copyOf(records));
    }

    @Override
    public DnsAnswer lookup(Name name, int type) {
        Name current = name;
        for (int link = 0; link <= MAX_CNAME_LINKS; link++) {
            List<Record> atName = recordsByName.get(current);
            if (atName == null) {
                return DnsAnswer.noDomain(0, ResolverDnsLookup.describe(name, type) + ": not in the static records");
            }
            List<Record> ofType =
                    atName.stream().filter(r -> r.getType() == type).toList();
            if (!ofType.isEmpty()) {
                return DnsAnswer.found(
                        ofType, ofType.stream().mapToLong(Record::getTTL).min().orElse(0));
            }
            CNAMERecord cname = atName.stream()
                    .filter(r -> r.getType() == Type.CNAME)
                    .map(CNAMERecord.class::cast)
                    .findFirst()
                    .orElse(null);
            if (cname == null || type == Type.CNAME) {
                return DnsAnswer.noRecords(
                        0, ResolverDnsLookup.describe(name, type) + ": no such record in the static records");
            }
            current = cname.getTarget();
        }
        return DnsAnswer.noDomain(
                0, ResolverDnsLookup.describe(name, type) + ": CNAME chain longer than " + MAX_CNAME_LINKS);
    }

    private static void read(InputStream in, String source, Map<Name, List<Record>> into) {
        try (Master master = new Master(in, Name.root, 3600)) {
            Record record;
            while ((record = master.nextRecord()) != null) {
                into.computeIfAbsent(record.getName(), n -> new ArrayList<>()).add(record);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("bad record in " + source + ": " + e.getMessage(), e);
        }
    }

    private static Map<Name, List<Record>> freeze(Map<Name, List<Record>> records) {
        Map<Name, List<Record>> frozen = new HashMap<>();
        records.forEach((name, list) -> frozen.put(name, List.copyOf(list)));
        return Map.copyOf(frozen);
    }

    private static List<Record> concat(List<Record> a, List<Record> b) {
        List<Record> both = new ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
    }
}
