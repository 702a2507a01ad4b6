-- The documents of number $1, any ký hiệu (a reference naming none: the nearest, by its number).
SELECT id FROM vncite_documents WHERE lookup_number = $1
