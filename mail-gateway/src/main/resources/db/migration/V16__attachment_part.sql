-- What text extraction found in each part of an attachment (the attachment itself, the entries of
-- an archive, the messages inside a message), so GET /api/messages/{id} shows it (issue 5):
-- path inside the attachment, depth, detected media type, language, page count, title and author,
-- outcome (ok, truncated, encrypted, ocr_unavailable, failed) with its reason, and the part's SHA-256.
create table message_attachment_part (
    message_record_id  bigint         not null,
    attachment_ordinal int            not null,
    part_no            int            not null,
    path               varchar(2048)  not null,
    depth              int            not null,
    media_type         varchar(255)   not null,
    language           varchar(16),
    page_count         int            not null,
    title              varchar(1024),
    author             varchar(512),
    outcome            varchar(32)    not null,
    reason             varchar(2048),
    sha256             varchar(64),
    primary key (message_record_id, attachment_ordinal, part_no),
    foreign key (message_record_id, attachment_ordinal) references message_attachment (message_record_id, ordinal)
);
