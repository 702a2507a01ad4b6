-- The documents an analysed file $1 is.
SELECT id FROM vncite_documents WHERE files @> ARRAY[$1::text]
