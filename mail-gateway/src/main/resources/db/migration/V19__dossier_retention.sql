-- Retention of dossiers (issue 6 item 6): the legal hold on a dossier, the destruction proceedings
-- (proposal, approval by another user with its decision, destruction), the blobs destruction
-- deleted (so fsck does not report them missing) and the transfer notice sent once per dossier.
alter table dossier add column hold_reason varchar(1000);
alter table dossier add column hold_by varchar(255);
alter table dossier add column hold_at timestamp with time zone;

create table dossier_disposal (
    dossier_id       bigint         not null primary key references dossier (id),
    state            varchar(16)    not null,
    proposed_at      timestamp with time zone not null,
    proposed_by      varchar(255)   not null,
    proposal_reason  varchar(1000)  not null,
    decided_at       timestamp with time zone,
    decided_by       varchar(255),
    decision_number  varchar(64),
    decision_date    date,
    decision_note    varchar(1000),
    destroyed_at     timestamp with time zone,
    destroyed_by     varchar(255),
    documents        int,
    blobs_deleted    int,
    blobs_kept       int
);

create table destroyed_blob (
    dossier_id   bigint        not null references dossier (id),
    sha256       varchar(64)   not null,
    destroyed_at timestamp with time zone not null,
    deleted_at   timestamp with time zone,
    primary key (dossier_id, sha256)
);
create index ix_destroyed_blob_sha on destroyed_blob (sha256);

create table retention_notice (
    dossier_id   bigint         not null primary key references dossier (id),
    transfer_due date           not null,
    sent_at      timestamp with time zone not null,
    recipients   varchar(4000)  not null
);
