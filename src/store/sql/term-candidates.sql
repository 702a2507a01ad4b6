-- Central Party mentions cited with their term ("18-NQ/TW@2016-2021", termUndatedPartyMentions)
-- that this load touched, each with every dated document of its number (the undated key its id
-- has with "@?" for the term's years): load.ts keeps those issued within the term and merges a
-- mention that has exactly one (mergeUndatedMentions' mergeTermMention). Before a load every
-- possible merge was done, so a new one involves a staged document: the mention itself, or a
-- dated document of its number and ký hiệu (lookup columns, indexed).
WITH touched AS (
  SELECT DISTINCT u.id
  FROM stage_documents s
  JOIN vncite_documents u ON u.lookup_number = s.lookup_number AND u.lookup_symbol = s.lookup_symbol
  WHERE u.id ~ '@[0-9]{4}-([0-9]{4})?(~|$)'
)
SELECT t.id AS undated, d.id AS dated
FROM touched t
JOIN vncite_documents d ON d.undated_key = regexp_replace(t.id, '@[0-9]{4}-([0-9]{4})?(~|$)', '@?\2')
ORDER BY t.id COLLATE "C", d.id COLLATE "C"
