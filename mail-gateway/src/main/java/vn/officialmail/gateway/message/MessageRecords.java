package vn.officialmail.gateway.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The message records table: every accepted message, registered or not. */
@Component
public final class MessageRecords {

    private static final String COLUMNS = "id, message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
            + " processed_at, remote_address, helo, mail_from, recipients, message_id_header, subject, from_address,"
            + " from_domain, sent_at, channel, channel_reasons, state, error_reason";
    private static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;

    public MessageRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a record in state RECEIVED, with its verdict when known, and returns its id. */
    public long insert(NewMessage message) {
        KeyHolder keys = new GeneratedKeyHolder();
        Optional<NewMessage.Verdict> verdict = message.verdict();
        jdbc.sql("insert into message_record (message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
                        + " remote_address, helo, mail_from, recipients, message_id_header, subject, sent_at, state,"
                        + " channel, channel_reasons, from_address, from_domain, channel_direction, recipient_verdicts)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        message.messageKey(),
                        message.spoolId(),
                        message.rawSha256(),
                        message.sizeBytes(),
                        message.source(),
                        utc(message.receivedAt()),
                        StringUtils.truncate(message.remoteAddress(), 128),
                        StringUtils.truncate(message.helo(), 255),
                        StringUtils.truncate(message.mailFrom(), 512),
                        StringUtils.truncate(String.join("\n", message.recipients()), 65_000),
                        message.messageIdHeader()
                                .map(v -> StringUtils.truncate(v, 998))
                                .orElse(null),
                        message.subject()
                                .map(v -> StringUtils.truncate(v, MAX_TEXT))
                                .orElse(null),
                        message.sentAt().map(MessageRecords::utc).orElse(null),
                        MessageState.RECEIVED.name(),
                        verdict.map(NewMessage.Verdict::channel).orElse(null),
                        verdict.map(v -> StringUtils.truncate(String.join("\n", v.reasons()), MAX_TEXT))
                                .orElse(null),
                        verdict.map(NewMessage.Verdict::fromAddress)
                                .filter(a -> !a.isEmpty())
                                .map(a -> StringUtils.truncate(a, 512))
                                .orElse(null),
                        verdict.map(NewMessage.Verdict::fromDomain)
                                .filter(d -> !d.isEmpty())
                                .map(d -> StringUtils.truncate(d, 255))
                                .orElse(null),
                        verdict.map(NewMessage.Verdict::direction).orElse(null),
                        verdict.map(v -> RecipientJudgement.encode(v.recipients()))
                                .orElse(null))
                .update(keys, "id");
        return keys.getKeyAs(Long.class) != null
                ? keys.getKeyAs(Long.class)
                : keys.getKey().longValue();
    }

    /** The direction of the message and the verdict for each recipient, as judged when it was recorded. */
    public Optional<RecipientVerdicts> recipientVerdicts(long id) {
        return jdbc.sql("select channel_direction, recipient_verdicts from message_record where id = ?")
                .param(id)
                .query((rs, row) -> new RecipientVerdicts(
                        Optional.ofNullable(rs.getString("channel_direction")),
                        RecipientJudgement.decode(rs.getString("recipient_verdicts"))))
                .optional();
    }

    /**
     * @param direction which way the mail went, seen from the agency (absent for records made before
     *     it was kept)
     * @param recipients the verdict for each recipient
     */
    public record RecipientVerdicts(Optional<String> direction, List<RecipientJudgement> recipients) {}

    /** Which of these keys are recorded already, in one query; the set is the caller's to change. */
    public Set<String> existingKeys(Collection<String> messageKeys) {
        if (messageKeys.isEmpty()) {
            return new HashSet<>();
        }
        String placeholders = String.join(", ", Collections.nCopies(messageKeys.size(), "?"));
        return new HashSet<>(
                jdbc.sql("select message_key from message_record where message_key in (" + placeholders + ")")
                        .params(List.copyOf(messageKeys))
                        .query(String.class)
                        .list());
    }

    public boolean existsByKey(String messageKey) {
        return jdbc.sql("select count(*) from message_record where message_key = ?")
                        .param(messageKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Optional<MessageRecord> findByKey(String messageKey) {
        return jdbc.sql("select " + COLUMNS + " from message_record where message_key = ?")
                .param(messageKey)
                .query(MessageRecords::map)
                .optional();
    }

    public Optional<MessageRecord> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from message_record where id = ?")
                .param(id)
                .query(MessageRecords::map)
                .optional();
    }

    /** Marks the record of a message whose pipeline has finished, unless a mailet already stopped it. */
    public void markProcessed(String messageKey, Instant at) {
        jdbc.sql("update message_record set state = ?, processed_at = ? where message_key = ? and state = ?")
                .params(MessageState.PROCESSED.name(), utc(at), messageKey, MessageState.RECEIVED.name())
                .update();
    }

    /**
     * Moves a record from one state to another, only if it is still in the first: false when
     * another decision came first.
     */
    public boolean changeState(long id, MessageState from, MessageState to, String reason, Instant at) {
        return jdbc.sql(
                                "update message_record set state = ?, error_reason = ?, processed_at = ? where id = ? and state = ?")
                        .params(to.name(), StringUtils.truncate(reason, MAX_TEXT), utc(at), id, from.name())
                        .update()
                == 1;
    }

    public void markState(long id, MessageState state, Optional<String> errorReason, Instant at) {
        jdbc.sql("update message_record set state = ?, error_reason = ?, processed_at = ? where id = ?")
                .params(
                        state.name(),
                        errorReason.map(r -> StringUtils.truncate(r, MAX_TEXT)).orElse(null),
                        utc(at),
                        id)
                .update();
    }

    public void addAttachment(
            long id,
            int ordinal,
            Optional<String> fileName,
            String mediaType,
            long size,
            String sha256,
            String extraction) {
        jdbc.sql(
                        "insert into message_attachment (message_record_id, ordinal, file_name, media_type, size_bytes, sha256,"
                                + " extraction) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        ordinal,
                        fileName.map(f -> StringUtils.truncate(f, 1024)).orElse(null),
                        StringUtils.truncate(mediaType, 255),
                        size,
                        sha256,
                        extraction)
                .update();
    }

    /** Keeps what extraction found in each part of an attachment, in order; part 0 is the attachment itself. */
    public void addAttachmentParts(long id, int ordinal, List<StoredAttachment.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            StoredAttachment.Part part = parts.get(i);
            jdbc.sql("insert into message_attachment_part (message_record_id, attachment_ordinal, part_no, path, depth,"
                            + " media_type, language, page_count, title, author, outcome, reason, sha256)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            ordinal,
                            i,
                            StringUtils.truncate(part.path(), 2048),
                            part.depth(),
                            StringUtils.truncate(part.mediaType(), 255),
                            part.language()
                                    .map(l -> StringUtils.truncate(l, 16))
                                    .orElse(null),
                            part.pageCount(),
                            part.title().map(t -> StringUtils.truncate(t, 1024)).orElse(null),
                            part.author().map(a -> StringUtils.truncate(a, 512)).orElse(null),
                            StringUtils.truncate(part.outcome(), 32),
                            part.reason()
                                    .map(r -> StringUtils.truncate(r, 2048))
                                    .orElse(null),
                            part.sha256().orElse(null))
                    .update();
        }
    }

    /** A message's attachments in MIME order, each with its parts. */
    public List<StoredAttachment> attachments(long id) {
        Map<Integer, List<StoredAttachment.Part>> parts = new HashMap<>();
        jdbc.sql("select attachment_ordinal, path, depth, media_type, language, page_count, title, author, outcome,"
                        + " reason, sha256 from message_attachment_part where message_record_id = ?"
                        + " order by attachment_ordinal, part_no")
                .param(id)
                .query((rs, row) -> {
                    parts.computeIfAbsent(rs.getInt(1), o -> new ArrayList<>())
                            .add(new StoredAttachment.Part(
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    Optional.ofNullable(rs.getString(5)),
                                    rs.getInt(6),
                                    Optional.ofNullable(rs.getString(7)),
                                    Optional.ofNullable(rs.getString(8)),
                                    rs.getString(9),
                                    Optional.ofNullable(rs.getString(10)),
                                    Optional.ofNullable(rs.getString(11))));
                    return row;
                })
                .list();
        return jdbc.sql("select ordinal, file_name, media_type, size_bytes, sha256, extraction from message_attachment"
                        + " where message_record_id = ? order by ordinal")
                .param(id)
                .query((rs, row) -> new StoredAttachment(
                        rs.getInt(1),
                        Optional.ofNullable(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        parts.getOrDefault(rs.getInt(1), List.of())))
                .list();
    }

    /** Records matching the query, newest first, and the total count. */
    public MessagePage find(MessageQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        query.from().ifPresent(v -> {
            where.append(" and received_at >= ?");
            params.add(utc(v));
        });
        query.to().ifPresent(v -> {
            where.append(" and received_at < ?");
            params.add(utc(v));
        });
        query.channel().ifPresent(v -> {
            where.append(" and channel = ?");
            params.add(v);
        });
        query.state().ifPresent(v -> {
            where.append(" and state = ?");
            params.add(v);
        });
        query.sender().ifPresent(v -> {
            where.append(" and (from_address = ? or from_domain = ?)");
            params.add(v.toLowerCase(java.util.Locale.ROOT));
            params.add(v.toLowerCase(java.util.Locale.ROOT));
        });
        long total = jdbc.sql("select count(*) from message_record" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add((long) query.page() * query.size());
        pageParams.add(query.size());
        List<MessageRecord> items = jdbc.sql("select " + COLUMNS + " from message_record" + where
                        + " order by received_at desc, id desc offset ? rows fetch next ? rows only")
                .params(pageParams)
                .query(MessageRecords::map)
                .list();
        return new MessagePage(items, total, query.page(), query.size());
    }

    /** Ids of records in a state, oldest first. */
    public List<Long> idsInState(MessageState state, int limit) {
        return jdbc.sql("select id from message_record where state = ? order by id fetch first " + limit + " rows only")
                .param(state.name())
                .query(Long.class)
                .list();
    }

    /** Removes a failed record (and its attachment rows) so that it can be processed afresh. */
    public void deleteFailed(long id) {
        jdbc.sql("delete from message_attachment_part where message_record_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from message_attachment where message_record_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from message_record where id = ? and state = ?")
                .params(id, MessageState.ERROR.name())
                .update();
    }

    /** The highest record id so far, 0 when there is none. */
    public long highestId() {
        return jdbc.sql("select coalesce(max(id), 0) from message_record")
                .query(Long.class)
                .single();
    }

    public long count() {
        return jdbc.sql("select count(*) from message_record").query(Long.class).single();
    }

    /** Ids above {@code afterId}, ascending: what a re-index after a crash has to look at. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from message_record where id > ? order by id fetch first " + limit + " rows only")
                .param(afterId)
                .query(Long.class)
                .list();
    }

    private static MessageRecord map(ResultSet rs, int row) throws SQLException {
        return new MessageRecord(
                rs.getLong("id"),
                rs.getString("message_key"),
                rs.getString("spool_id"),
                rs.getString("raw_sha256"),
                rs.getLong("size_bytes"),
                rs.getString("source"),
                instant(rs, "received_at").orElseThrow(),
                instant(rs, "processed_at"),
                rs.getString("remote_address"),
                rs.getString("helo"),
                rs.getString("mail_from"),
                lines(rs.getString("recipients")),
                Optional.ofNullable(rs.getString("message_id_header")),
                Optional.ofNullable(rs.getString("subject")),
                Optional.ofNullable(rs.getString("from_address")),
                Optional.ofNullable(rs.getString("from_domain")),
                instant(rs, "sent_at"),
                Optional.ofNullable(rs.getString("channel")),
                lines(rs.getString("channel_reasons")),
                rs.getString("state"),
                Optional.ofNullable(rs.getString("error_reason")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
