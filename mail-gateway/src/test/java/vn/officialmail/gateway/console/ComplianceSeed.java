package vn.officialmail.gateway.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The data the console and report tests look at: one agency (Bộ Tư pháp) with two units, their
 * mail of one month and the month before, the violations the pipeline would have recorded, and a
 * quarantined message. The expected figures are constants here, so a test compares what the user
 * sees with what was seeded, not with what the code computed.
 */
public final class ComplianceSeed {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final String UNIT_A = "BTP-VP";
    public static final String UNIT_A_NAME = "Văn phòng Bộ";
    public static final String UNIT_B = "BTP-PC";
    public static final String UNIT_B_NAME = "Vụ Pháp chế";
    public static final String INVITATION = "Giấy mời họp giao ban tháng";
    public static final String HELD = "Thư nghi giả mạo người gửi";

    /** In the month: 5 messages, 2 of them official; 3 violations (2 of unit A); 1 held. */
    public static final int MESSAGES_IN_MONTH = 5;

    public static final int OFFICIAL_IN_MONTH = 2;
    public static final int VIOLATIONS_IN_MONTH = 3;
    public static final int VIOLATIONS_OF_A_IN_MONTH = 2;
    /** In the month before: 2 messages, 1 violation (unit A). */
    public static final int VIOLATIONS_BEFORE = 1;

    private final JdbcClient jdbc;
    private final YearMonth month;

    public ComplianceSeed(JdbcClient jdbc, YearMonth month) {
        this.jdbc = jdbc;
        this.month = month;
    }

    public static void directory(DynamicPropertyRegistry registry) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("gateway.directory.agencies[0].code", "BTP");
        p.put("gateway.directory.agencies[0].name", "Bộ Tư pháp");
        p.put("gateway.directory.agencies[0].domains[0]", "moj.gov.vn");
        p.put("gateway.directory.units[0].code", UNIT_A);
        p.put("gateway.directory.units[0].agency", "BTP");
        p.put("gateway.directory.units[0].name", UNIT_A_NAME);
        p.put("gateway.directory.units[0].abbreviation", "VP");
        p.put("gateway.directory.units[1].code", UNIT_B);
        p.put("gateway.directory.units[1].agency", "BTP");
        p.put("gateway.directory.units[1].name", UNIT_B_NAME);
        p.put("gateway.directory.units[1].abbreviation", "PC");
        p.put("gateway.directory.accounts[0].address", "an.nv@moj.gov.vn");
        p.put("gateway.directory.accounts[0].name", "Nguyễn Văn An");
        p.put("gateway.directory.accounts[0].unit", UNIT_A);
        p.put("gateway.directory.accounts[1].address", "binh.tt@moj.gov.vn");
        p.put("gateway.directory.accounts[1].name", "Trần Thị Bình");
        p.put("gateway.directory.accounts[1].unit", UNIT_A);
        p.put("gateway.directory.accounts[2].address", "cuong.lv@moj.gov.vn");
        p.put("gateway.directory.accounts[2].name", "Lê Văn Cường");
        p.put("gateway.directory.accounts[2].unit", UNIT_B);
        p.forEach((k, v) -> registry.add(k, () -> v));
    }

    /** Writes the messages and violations; returns the id of the quarantined message. */
    public long write() {
        Instant day2 = month.atDay(2).atTime(9, 0).atZone(ZONE).toInstant();
        Instant before =
                month.minusMonths(1).atDay(10).atTime(10, 0).atZone(ZONE).toInstant();
        long m1 = message(day2, "ho.ten@gmail.com", "an.nv@moj.gov.vn", "NON_OFFICIAL", INVITATION, "PROCESSED");
        violation(
                m1,
                "OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX",
                "INBOUND",
                "ho.ten@gmail.com",
                "ho.ten@gmail.com",
                "gmail.com",
                "GM",
                UNIT_A,
                day2);
        long m2 = message(
                day2.plusSeconds(60),
                "binh.tt@moj.gov.vn",
                "ca.nhan@yahoo.com",
                "OFFICIAL",
                "Báo cáo số liệu quý",
                "PROCESSED");
        violation(
                m2,
                "OFFICIAL_DOCUMENT_TO_PERSONAL_MAILBOX",
                "OUTBOUND",
                "binh.tt@moj.gov.vn",
                "ca.nhan@yahoo.com",
                "yahoo.com",
                "BC",
                UNIT_A,
                day2.plusSeconds(60));
        message(
                day2.plusSeconds(120),
                "an.nv@moj.gov.vn",
                "cuong.lv@moj.gov.vn",
                "OFFICIAL",
                "Công văn trao đổi",
                "PROCESSED");
        long m4 = message(
                day2.plusSeconds(180),
                "nguoi.dan@gmail.com",
                "cuong.lv@moj.gov.vn",
                "NON_OFFICIAL",
                "Đơn đề nghị",
                "PROCESSED");
        violation(
                m4,
                "OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX",
                "INBOUND",
                "nguoi.dan@gmail.com",
                "nguoi.dan@gmail.com",
                "gmail.com",
                "CV",
                UNIT_B,
                day2.plusSeconds(180));
        long held = message(
                day2.plusSeconds(240), "gia.mao@moj-gov.vn", "an.nv@moj.gov.vn", "NON_OFFICIAL", HELD, "QUARANTINED");
        jdbc.sql("update message_record set error_reason = 'Người gửi bị giả mạo' where id = ?")
                .param(held)
                .update();
        long m5 = message(before, "ban.be@gmail.com", "an.nv@moj.gov.vn", "NON_OFFICIAL", "Tài liệu họp", "PROCESSED");
        violation(
                m5,
                "OFFICIAL_DOCUMENT_FROM_PERSONAL_MAILBOX",
                "INBOUND",
                "ban.be@gmail.com",
                "ban.be@gmail.com",
                "gmail.com",
                "TL",
                UNIT_A,
                before);
        message(
                before.plusSeconds(60),
                "an.nv@moj.gov.vn",
                "cuong.lv@moj.gov.vn",
                "OFFICIAL",
                "Thông báo",
                "PROCESSED");
        return held;
    }

    private long message(Instant at, String from, String to, String channel, String subject, String state) {
        String key = Long.toHexString(System.nanoTime()) + Integer.toHexString(subject.hashCode());
        jdbc.sql("insert into message_record (message_key, spool_id, raw_sha256, size_bytes, source, received_at,"
                        + " mail_from, recipients, subject, from_address, from_domain, channel, state)"
                        + " values (?, ?, ?, 10, 'smtp', ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        key,
                        key,
                        key,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        from,
                        to,
                        subject,
                        from,
                        from.substring(from.indexOf('@') + 1),
                        channel,
                        state)
                .update();
        return jdbc.sql("select id from message_record where message_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private void violation(
            long message,
            String kind,
            String direction,
            String sender,
            String counterpart,
            String domain,
            String type,
            String unit,
            Instant at) {
        jdbc.sql("insert into violation (message_record_id, kind, direction, sender, counterpart_address,"
                        + " counterpart_domain, document_type, action, unit_code, occurred_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?, ?)")
                .params(
                        message,
                        kind,
                        direction,
                        sender,
                        counterpart,
                        domain,
                        type,
                        unit,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
