-- Laws named without their number to merge now, each with the one numbered law of that kind, name
-- and year (see mergeNamedLaws); run before the undated mentions are merged.
SELECT u.id AS undated, min(d.id) AS dated
FROM vncite_documents d
JOIN vncite_documents u ON u.id = d.named_key
GROUP BY u.id
HAVING count(*) = 1
