-- What the classifier (classifier module) found in a message: the official document type and the
-- legal metadata of Decree 30/2020, with the secrecy and urgency marks. One row per message.
create table document_classification (
    message_record_id bigint        not null primary key references message_record (id),
    document_type     varchar(64)   not null,
    type_name         varchar(128),
    confidence        double precision not null,
    reasons           varchar(4000) not null,
    number_symbol     varchar(128),
    issuer            varchar(512),
    issued_on         date,
    document_subject  varchar(4000),
    secrecy           varchar(16),
    urgency           varchar(32),
    source            varchar(255)  not null
);
create index ix_document_classification_type on document_classification (document_type);
