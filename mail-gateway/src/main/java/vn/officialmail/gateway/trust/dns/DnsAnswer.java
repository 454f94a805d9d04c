package vn.officialmail.gateway.trust.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Record;
import org.xbill.DNS.SPFRecord;
import org.xbill.DNS.TXTRecord;

/**
 * The answer to one DNS question.
 *
 * @param status what kind of answer it is
 * @param records the records of the asked type (empty unless {@link DnsStatus#FOUND})
 * @param ttlSeconds how long the answer may be cached (records' smallest TTL, or the negative
 *     TTL of RFC 2308 for absences); 0 for temporary failures, which are never cached
 * @param problem why the answer is not {@code FOUND}, for logs and reasons; empty when found
 */
public record DnsAnswer(DnsStatus status, List<Record> records, long ttlSeconds, String problem) {

    public DnsAnswer {
        records = List.copyOf(records);
        if ((status == DnsStatus.FOUND) == records.isEmpty()) {
            throw new IllegalArgumentException("records must be present exactly when the status is FOUND: " + status);
        }
    }

    public static DnsAnswer found(List<Record> records, long ttlSeconds) {
        return new DnsAnswer(DnsStatus.FOUND, records, ttlSeconds, "");
    }

    public static DnsAnswer noRecords(long ttlSeconds, String problem) {
        return new DnsAnswer(DnsStatus.NO_RECORDS, List.of(), ttlSeconds, problem);
    }

    public static DnsAnswer noDomain(long ttlSeconds, String problem) {
        return new DnsAnswer(DnsStatus.NO_DOMAIN, List.of(), ttlSeconds, problem);
    }

    public static DnsAnswer temporaryFailure(String problem) {
        return new DnsAnswer(DnsStatus.TEMPORARY_FAILURE, List.of(), 0, problem);
    }

    public boolean isTemporaryFailure() {
        return status == DnsStatus.TEMPORARY_FAILURE;
    }

    /**
     * The TXT (or SPF-type) records' texts, each record's character-strings joined without a
     * separator as RFC 7208 §3.3 and RFC 6376 §3.6.2.2 require. Bytes are read as UTF-8 (ASCII in
     * practice); a record that is not TXT is skipped.
     */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(records.size());
        for (Record record : records) {
            if (record instanceof TXTRecord txt) {
                texts.add(joined(txt.getStringsAsByteArrays()));
            } else if (record instanceof SPFRecord spf) {
                texts.add(joined(spf.getStringsAsByteArrays()));
            }
        }
        return texts;
    }

    private static String joined(List<byte[]> parts) {
        StringBuilder joined = new StringBuilder();
        for (byte[] part : parts) {
            joined.append(new String(part, StandardCharsets.UTF_8));
        }
        return joined.toString();
    }
}
