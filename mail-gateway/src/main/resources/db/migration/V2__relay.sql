-- Relay (inline mode). Runs unchanged on H2 (default) and PostgreSQL.

-- Mail the gateway writes itself (delivery status notifications) is queued by its blob, not by a
-- message record: exactly one of the two names what to send, and a blob is queued at most once.
alter table outbound_delivery alter column message_record_id drop not null;
alter table outbound_delivery add column blob_sha256 varchar(64);
alter table outbound_delivery add constraint uq_outbound_blob unique (blob_sha256);
alter table outbound_delivery add constraint ck_outbound_source check (
    (message_record_id is not null and blob_sha256 is null)
    or (message_record_id is null and blob_sha256 is not null));

-- The node whose deliverer holds a SENDING row. While a row is SENDING, next_attempt_at is the
-- end of that claim's lease: a restarted node takes back its own rows at once, any node takes
-- back rows whose lease has run out (a node that never came back).
alter table outbound_delivery add column claimed_by varchar(255);

-- Recipients the next hop has accepted so far; the others are retried or bounced.
alter table outbound_delivery add column accepted_count int default 0 not null;
