-- Laws named without a year to merge now ("law:dat-dai@?"), each with the one dated law of that
-- name (see mergeUndatedMentions): a numbered mention without its year ("15/CT-TTg@?") is never
-- merged, a number alone proving nothing. Before a load every possible merge was done, so a new one
-- involves a staged document: the undated one, or a dated one that makes it the only candidate.
WITH touched AS (
  SELECT id FROM stage_documents WHERE id LIKE '%@?%'
  UNION
  SELECT undated_key FROM stage_documents WHERE undated_key IS NOT NULL
)
SELECT u.id AS undated, min(d.id) AS dated
FROM touched t
JOIN vncite_documents u ON u.id = t.id AND u.number IS NULL
JOIN vncite_documents d ON d.undated_key = u.id
GROUP BY u.id
HAVING count(*) = 1
