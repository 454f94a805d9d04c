-- The directory of issued mailboxes (issue 4): agencies, their units, the accounts issued to
-- people. Codes are the stable keys other tables refer to (app_user.unit_code, violation.unit_code).
-- Runs unchanged on H2 and PostgreSQL.
create table directory_agency (
    code       varchar(64)  not null primary key,
    name       varchar(255) not null,
    abbreviation varchar(32) not null,
    updated_at timestamp with time zone not null
);

-- A domain belongs to one agency: agencyOf(domain) must have one answer.
create table directory_agency_domain (
    domain      varchar(253) not null primary key,
    agency_code varchar(64)  not null references directory_agency (code)
);
create index ix_directory_agency_domain_agency on directory_agency_domain (agency_code);

create table directory_unit (
    code           varchar(64)  not null primary key,
    agency_code    varchar(64)  not null references directory_agency (code),
    name           varchar(255) not null,
    abbreviation   varchar(32)  not null,
    shared_mailbox varchar(320),
    head_address   varchar(320),
    delegate_address varchar(320),
    updated_at     timestamp with time zone not null,
    constraint uq_directory_unit_mailbox unique (shared_mailbox)
);
create index ix_directory_unit_agency on directory_unit (agency_code);

create table directory_account (
    address      varchar(320) not null primary key,
    display_name varchar(255) not null,
    unit_code    varchar(64)  not null references directory_unit (code),
    updated_at   timestamp with time zone not null
);
create index ix_directory_account_unit on directory_account (unit_code);
