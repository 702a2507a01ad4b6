-- Version 2: the parts of the target a relation acts on ("điểm a khoản 2 Điều 5"), kept with its
-- evidence. Not part of the evidence's identity: the same file, offsets and sentence are the same
-- evidence, as in the in-memory graph.
ALTER TABLE vncite_evidence ADD COLUMN pinpoint text;
