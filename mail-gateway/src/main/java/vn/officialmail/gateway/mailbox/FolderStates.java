package vn.officialmail.gateway.mailbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The intake position and progress of every watched folder. */
@Component
final class FolderStates {

    private final JdbcClient jdbc;

    FolderStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FolderState> find(long accountId, String folder) {
        return jdbc.sql("select * from mailbox_folder_state where account_id = ? and folder = ?")
                .params(accountId, folder)
                .query(FolderStates::map)
                .optional();
    }

    List<FolderState> ofAccount(long accountId) {
        return jdbc.sql("select * from mailbox_folder_state where account_id = ? order by folder")
                .param(accountId)
                .query(FolderStates::map)
                .list();
    }

    void save(FolderState state) {
        int updated = jdbc.sql("update mailbox_folder_state set uid_validity = ?, last_uid = ?, message_count = ?,"
                        + " pending_count = ?, taken_count = ?, last_sync_at = ?, last_error = ?,"
                        + " skipped = ? where account_id = ? and folder = ?")
                .params(values(state))
                .update();
        if (updated == 0) {
            jdbc.sql("insert into mailbox_folder_state (uid_validity, last_uid, message_count, pending_count,"
                            + " taken_count, last_sync_at, last_error, skipped, account_id, folder)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(state))
                    .update();
        }
    }

    private static Object[] values(FolderState state) {
        return new Object[] {
            state.uidValidity(),
            state.lastUid(),
            state.messageCount(),
            state.pendingCount(),
            state.takenCount(),
            state.lastSyncAt().map(FolderStates::utc).orElse(null),
            state.lastError().map(e -> StringUtils.truncate(e, 4000)).orElse(null),
            state.skipped().map(e -> StringUtils.truncate(e, 4000)).orElse(null),
            state.accountId(),
            state.folder()
        };
    }

    private static FolderState map(ResultSet rs, int row) throws SQLException {
        return new FolderState(
                rs.getLong("account_id"),
                rs.getString("folder"),
                rs.getLong("uid_validity"),
                rs.getLong("last_uid"),
                rs.getLong("message_count"),
                rs.getLong("pending_count"),
                rs.getLong("taken_count"),
                Optional.ofNullable(rs.getObject("last_sync_at", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getString("skipped")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
