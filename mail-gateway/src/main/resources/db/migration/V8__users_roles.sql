-- Users and roles of the console issue (issue 9): a user belongs to a unit (the directory's unit
-- code; no foreign key until the units table lands), can be disabled, and a unit has at most one
-- delegate at a time. Runs unchanged on H2 and PostgreSQL.
alter table app_user add column unit_code varchar(64);
alter table app_user add column enabled boolean default true not null;
update app_user set roles = 'ADMINISTRATOR' where roles = 'ADMIN';

-- The unit head's delegate: the primary key makes "one per unit" a database fact, and the unique
-- user keeps one person from acting for two units. History is in the audit log.
create table unit_delegate (
    unit_code  varchar(64)  not null primary key,
    username   varchar(255) not null references app_user (username),
    granted_by varchar(255) not null,
    granted_at timestamp with time zone not null,
    constraint uq_unit_delegate_user unique (username)
);

-- Failed logins in a row per account and client address, for the lockout.
create table login_failure (
    username        varchar(255) not null,
    remote_address  varchar(64)  not null,
    failures        int          not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    primary key (username, remote_address)
);
