-- Who may act for a business is asked on many of a representative's requests (entities.representedBy): the recorded
-- legal representative, or an authorisation in force. Authorisations are indexed by person; the legal representative
-- was not, so each of those requests read every business: 1.4 s at 10,000,000 entities. Few businesses have a
-- linked person, so a partial index stays small.
CREATE INDEX entities_legal_rep_idx ON entities (legal_rep_person_id) WHERE legal_rep_person_id IS NOT NULL;
