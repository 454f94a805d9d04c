-- Reminders twice a day (issue 8): one row per reminder slot (08:00, 13:30 in the agency's time
-- zone) that was sent, written in the transaction that queues its mail, so a slot fired twice (a
-- misfire caught up, a second node, a manual run) sends once. Runs unchanged on H2 and PostgreSQL.
create table reminder_run (
    slot_at     timestamp with time zone not null primary key,
    sent_at     timestamp with time zone not null,
    recipients  int not null,
    documents   int not null
);
