-- The documents of number $1 and ký hiệu $2, with what narrows them (year, date, province).
SELECT id, year, date, jurisdiction ->> 'province' AS province
FROM vncite_documents WHERE lookup_number = $1 AND lookup_symbol = $2
