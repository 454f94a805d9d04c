-- Replies (văn bản phúc đáp; the handling issue): a document that answers a registered incoming
-- document (it quotes "trả lời Công văn số 123/BTP-VP ngày …", or answers its message in the thread)
-- is linked to it; the original's handling is closed with the answer recorded.
create table document_answer (
    original_entry_id  bigint        not null references register_entry (id),
    answer_record_id   bigint        not null references message_record (id),
    answer_reference   varchar(128),
    matched_by         varchar(16)   not null,
    linked_at          timestamp with time zone not null,
    primary key (original_entry_id, answer_record_id)
);
create index ix_document_answer_answer on document_answer (answer_record_id);
-- A reply in the thread names the original's Message-ID.
create index ix_message_record_message_id on message_record (message_id_header);

-- Periodic reports (báo cáo định kỳ; the handling issue): per configured report, unit and period,
-- the report that arrived (the first one counts) and the last reminder sent for it.
create table periodic_report (
    report_code       varchar(32)   not null,
    unit_code         varchar(64)   not null,
    period_key        varchar(16)   not null,
    message_record_id bigint        references message_record (id),
    received_at       timestamp with time zone,
    reminded_on       date,
    primary key (report_code, unit_code, period_key)
);
