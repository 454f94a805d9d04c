-- The columns of the incoming register (Decree 30/2020 Appendix IV.VI), paper documents entered by
-- hand in the same series (Art. 22.2), duplicates linked to the first entry instead of registered
-- twice (Appendix VI III.1.h), and the review queue of documents the classifier is unsure of.
-- When the document arrived (ngày đến); the register is printed by it. Empty for the first entries.
alter table register_entry add column received_at timestamp with time zone;
alter table register_entry add column issuer varchar(512);
alter table register_entry add column number_symbol varchar(128);
alter table register_entry add column document_date date;
alter table register_entry add column type_name varchar(255);
alter table register_entry add column summary varchar(4000);
alter table register_entry add column recipients varchar(4000);
alter table register_entry add column urgent boolean default false not null;
alter table register_entry add column note varchar(4000);
alter table register_entry add column registered_by varchar(255);
-- 1: the first entries (sender and subject only); 2: with the columns above in the hash.
alter table register_entry add column hash_version int default 1 not null;
-- Number, symbol and issuer folded for comparison: one entry per document per register.
alter table register_entry add column duplicate_key varchar(700);
alter table register_entry add constraint uq_register_duplicate_key unique (register_code, duplicate_key);
-- Paper documents have no message.
alter table register_entry alter column message_record_id drop not null;
create index ix_register_entry_raw on register_entry (raw_sha256);

create table register_duplicate (
    message_record_id bigint        not null primary key references message_record (id),
    entry_id          bigint        not null references register_entry (id),
    reason            varchar(64)   not null,
    detected_at       timestamp with time zone not null
);

create table register_review (
    message_record_id bigint        not null primary key references message_record (id),
    register_code     varchar(64)   not null,
    reason            varchar(1000) not null,
    queued_at         timestamp with time zone not null,
    state             varchar(16)   not null,
    decided_by        varchar(255),
    decided_at        timestamp with time zone,
    decision_note     varchar(1000)
);
create index ix_register_review_state on register_review (state, queued_at);
