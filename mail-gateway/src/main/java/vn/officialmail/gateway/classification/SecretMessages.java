package vn.officialmail.gateway.classification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which messages carry a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), so the API can hide them from
 * everyone but the security/compliance role (ARCHITECTURE.md, secret-marked mail).
 */
@Service
public final class SecretMessages {

    private final JdbcClient jdbc;

    public SecretMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isSecret(long messageId) {
        return !secretAmong(List.of(messageId)).isEmpty();
    }

    /** The secret-marked ones among these message ids. */
    public Set<Long> secretAmong(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Set.of();
        }
        String marks = messageIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return Set.copyOf(jdbc.sql("select message_record_id from document_classification where secrecy is not null"
                        + " and message_record_id in (" + marks + ")")
                .params(List.copyOf(messageIds))
                .query(Long.class)
                .list());
    }
}
