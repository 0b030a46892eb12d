-- Issue #13 item 4: the searches' filters combined with their sort order (name case-insensitively, then id), so that a
-- filtered page is read in order from one index and stops after the page, however rare the value filtered on; and the
-- dossier list's "text" (part of the name or acronym) by trigrams, like the organisations' name (V2).
create index organisation_kind_sort on organisation (kind, lower(name), id);
create index organisation_region_sort on organisation (region, lower(name), id);
create index dossier_status_sort on dossier (status, lower(name), id);
create index dossier_scheme_sort on dossier (scheme, lower(name), id);

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index dossier_name_trgm on dossier using gin (lower(name) gin_trgm_ops)';
        execute 'create index dossier_acronym_trgm on dossier using gin (lower(coalesce(acronym, '''')) gin_trgm_ops)';
    else
        raise notice 'pg_trgm unavailable: the dossier text search scans the dossiers (a few thousand at most)';
    end if;
end
$$;
