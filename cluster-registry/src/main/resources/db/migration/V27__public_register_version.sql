-- Issue #13: the public register's version, bumped in the same transaction as any change to what the register shows, so
-- that its rendered pages can be cached and served with their ETag, never stale after a change (a reader reads the
-- version first, then the data: a change committed in between is cached under the old version and recomputed by the
-- next reader). The bump is a deferred constraint trigger, once per transaction (a transaction-local flag), at commit:
-- the row lock it takes lasts only the commit, so writers do not queue behind each other's whole transaction.
create table public_register_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);
insert into public_register_version (id, version) values (1, 0);

create function bump_public_register_version() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('clusters.public_register_bumped', true), '') <> 'on' then
        perform set_config('clusters.public_register_bumped', 'on', true);
        update public_register_version set version = version + 1 where id = 1;
    end if;
    return null;
end
$$;

-- every table the register reads: the dossier (name, focus, content's governance part), its agréments, its label, its
-- animateur post, its membership ledger, the members' organisations and their registered offices
do $$
declare
    t text;
begin
    foreach t in array array['dossier', 'agrement', 'dossier_label', 'dossier_animator_post', 'membership_period',
                             'organisation', 'establishment'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function bump_public_register_version()', t || '_bumps_public_register', t);
    end loop;
end
$$;
