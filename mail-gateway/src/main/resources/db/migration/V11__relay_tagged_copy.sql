-- A relayed message may go on as a tagged copy (X-Official-* and Authentication-Results headers
-- added, forged ones removed): the row then names both the record and the copy's blob.
alter table outbound_delivery drop constraint ck_outbound_source;
alter table outbound_delivery add constraint ck_outbound_source check (
    message_record_id is not null or blob_sha256 is not null);
