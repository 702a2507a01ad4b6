-- The documents an analysed file is, its path $1 spelled as filePathKey spells it (src/graph/resolve.ts):
-- the stored paths go through the same three replacements. A scan, run only where the exact path found none.
SELECT id FROM vncite_documents
WHERE EXISTS (
  SELECT 1 FROM unnest(files) AS f
  WHERE regexp_replace(regexp_replace(regexp_replace(f, '/{2,}', '/', 'g'), '/(\./)+', '/', 'g'), '^(\./)+', '') = $1
)
