-- Handling by e-mail (the handling issue): the assignment notices the gateway sent, by Message-ID,
-- so a reply in the thread (In-Reply-To/References) finds its document; and the message of each
-- step that came by e-mail (the reply, with the answering document attached).
create table handling_notice (
    message_id        varchar(255)  not null primary key,
    register_entry_id bigint        not null references register_entry (id),
    recipient         varchar(512)  not null,
    sent_at           timestamp with time zone not null
);
create index ix_handling_notice_entry on handling_notice (register_entry_id);

alter table document_handling_step add column message_record_id bigint;
alter table document_handling_step add constraint fk_handling_step_message
    foreign key (message_record_id) references message_record (id);
