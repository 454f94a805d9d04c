-- The verdict for every recipient (issue: trust and policy): which way the mail went and how each
-- recipient's mailbox stands, one line per recipient, kept with the message it belongs to.
alter table message_record add column channel_direction varchar(16);
alter table message_record add column recipient_verdicts varchar(65535);
