-- The laws named $1 ("law:dat-dai"), numbered or not, with their year.
SELECT id, year FROM vncite_documents WHERE name_key = $1
