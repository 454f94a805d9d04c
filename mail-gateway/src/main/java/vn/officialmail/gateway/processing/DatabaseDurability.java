package vn.officialmail.gateway.processing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Whether a committed transaction is already on the storage device, and how to put it there
 * when it is not. PostgreSQL (with {@code synchronous_commit=on}) flushes its WAL at every commit.
 * H2's MVStore writes committed pages in the background without forcing them, so an operating
 * system crash or power cut can lose commits; {@code CHECKPOINT SYNC} forces them.
 */
public final class DatabaseDurability {

    private final DataSource dataSource;
    private final boolean durableAtCommit;

    public DatabaseDurability(DataSource dataSource) {
        this.dataSource = dataSource;
        this.durableAtCommit = !productName(dataSource).contains("h2");
    }

    /** True when every commit is already forced to disk, so {@link #sync()} has nothing to do. */
    public boolean durableAtCommit() {
        return durableAtCommit;
    }

    /** Forces every committed transaction to the storage device. */
    public void sync() throws SQLException {
        if (durableAtCommit) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
    }

    private static String productName(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
            return name.toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot tell which database the gateway uses", e);
        }
    }
}
