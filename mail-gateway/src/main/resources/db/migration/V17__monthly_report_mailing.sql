-- Monthly reports mailed to the leadership (issue 9 / issue 8 item 5): one row per report month,
-- written in the transaction that queues the mail, so a month's report goes out once even when
-- the job fires again (a misfire, a second node, a restart on the 1st).
create table monthly_report_mailing (
    report_month varchar(7)    not null primary key,
    sent_at      timestamp with time zone not null,
    recipients   varchar(4000) not null
);
