-- Organisations: enterprises, research and training centres, universities, facilitators (domain.md §1).
-- The region is derived from the postal codes by the application and stored for searching.

create table organisation (
    id                uuid         primary key,
    name              varchar(200) not null,
    -- normalised form 0403.170.701; null only for a foreign organisation without one
    enterprise_number varchar(12),
    kind              varchar(40)  not null,
    size_class        varchar(10),
    employees         integer      check (employees >= 0),
    corporate_group   varchar(200),
    region            varchar(10)  not null,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    constraint organisation_size_class_only_for_enterprises
        check ((kind = 'ENTERPRISE') = (size_class is not null))
);

-- one organisation per enterprise number (several foreign organisations may have none)
create unique index organisation_enterprise_number on organisation (enterprise_number);

-- the sort order of every listing (name case-insensitively, then id): a page without filter is an index scan
create index organisation_sort on organisation (lower(name), id);
create index organisation_kind on organisation (kind);
create index organisation_region on organisation (region);
create index organisation_size_class on organisation (size_class);
create index organisation_corporate_group on organisation (lower(corporate_group));

-- "name contains": a trigram index when pg_trgm can be enabled (it is a trusted extension since
-- PostgreSQL 13, so the database owner may create it), else a prefix-search index.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm unavailable (%): name search uses a prefix index', sqlerrm;
    end;
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index organisation_name_trgm on organisation using gin (lower(name) gin_trgm_ops)';
    else
        execute 'create index organisation_name_prefix on organisation (lower(name) text_pattern_ops)';
    end if;
end
$$;

create table establishment (
    organisation_id   uuid         not null references organisation (id) on delete cascade,
    position          integer      not null,
    street            varchar(200) not null,
    postal_code       varchar(10)  not null,
    city              varchar(200) not null,
    country           varchar(2)   not null,
    region            varchar(10)  not null,
    registered_office boolean      not null,
    primary key (organisation_id, position)
);
create index establishment_region on establishment (region, organisation_id);

create table organisation_nace_code (
    organisation_id uuid        not null references organisation (id) on delete cascade,
    position        integer     not null,
    code            varchar(6)  not null,
    primary key (organisation_id, position)
);
create index organisation_nace_code_code on organisation_nace_code (code);
