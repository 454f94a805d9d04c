-- A message sent between two agencies this gateway serves is entered in two registers (the sender's
-- outgoing and the recipient's incoming), so a re-sent copy of it is linked once per register:
-- the link is keyed by message and first entry, no longer by message alone. The link also keeps
-- the later copy's recipients (To and Cc of its envelope), which the first entry does not show.
create table register_duplicate_link (
    message_record_id bigint        not null references message_record (id),
    entry_id          bigint        not null references register_entry (id),
    reason            varchar(64)   not null,
    detected_at       timestamp with time zone not null,
    recipients        varchar(65535),
    primary key (message_record_id, entry_id)
);
insert into register_duplicate_link (message_record_id, entry_id, reason, detected_at)
select message_record_id, entry_id, reason, detected_at from register_duplicate;
drop table register_duplicate;
alter table register_duplicate_link rename to register_duplicate;
