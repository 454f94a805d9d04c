-- Tamper evidence for the register (Decree 30/2020 App. VI; the registry issue): each entry keeps
-- the SHA-256 of its content, including the original's blob name, and the same hash is written
-- in its "registered" audit event, whose chain is signed and exported outside the database.
alter table register_entry add column raw_sha256 varchar(64);
alter table register_entry add column entry_hash varchar(64);
