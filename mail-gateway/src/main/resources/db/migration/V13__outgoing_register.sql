-- Several registers and the outgoing register (sổ đăng ký văn bản đi, Decree 30/2020 Appendix IV.I):
-- the columns an outgoing entry has besides the incoming ones. Entries hashed with version 3 cover them.
alter table register_entry add column signer varchar(255);
alter table register_entry add column copies int default 0 not null;
alter table register_entry add column kept_by varchar(512);
