-- The staged graph's files: how many, and sha256 of their sorted list. A graph with no files (built
-- from analyses without a path) is keyed by what it holds instead: its documents, their citation
-- counts and its relations, so that loading the same graph again is a reload, not its counts twice.
SELECT CASE WHEN count(*) = 0
            THEN 'content:' || encode(sha256(convert_to(
                   coalesce((SELECT string_agg(id, E'\n' ORDER BY id COLLATE "C") FROM stage_documents), '') || E'\n\n' ||
                   coalesce((SELECT string_agg(document_id || E'\t' || count, E'\n' ORDER BY document_id COLLATE "C", count) FROM stage_cited_by), '') || E'\n\n' ||
                   coalesce((SELECT string_agg(from_id || E'\t' || type || E'\t' || to_id, E'\n' ORDER BY from_id COLLATE "C", type COLLATE "C", to_id COLLATE "C") FROM stage_relations), ''),
                 'UTF8')), 'hex')
            ELSE encode(sha256(convert_to(string_agg(file, E'\n' ORDER BY file COLLATE "C"), 'UTF8')), 'hex') END AS key,
       count(*)::integer AS files
FROM (SELECT DISTINCT file FROM stage_files) f
