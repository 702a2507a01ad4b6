-- The staged graph's files: how many, and sha256 of their sorted list (null when there are none).
SELECT CASE WHEN count(*) = 0 THEN NULL
            ELSE encode(sha256(convert_to(string_agg(file, E'\n' ORDER BY file COLLATE "C"), 'UTF8')), 'hex') END AS key,
       count(*)::integer AS files
FROM (SELECT DISTINCT file FROM stage_files) f
