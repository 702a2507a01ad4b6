-- The evidence sentences of the edges at each document $1 (undated central Party mentions about to
-- be merged): the citations' words, read for the Central Committee term they name (party-term.ts).
SELECT DISTINCT r.to_id AS id, e.sentence
FROM vncite_relations r JOIN vncite_evidence e USING (from_id, type, to_id)
WHERE r.to_id = ANY ($1::text[])
UNION
SELECT DISTINCT r.from_id AS id, e.sentence
FROM vncite_relations r JOIN vncite_evidence e USING (from_id, type, to_id)
WHERE r.from_id = ANY ($1::text[])
