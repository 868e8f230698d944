-- SPDX-License-Identifier: GPL-3.0-or-later
-- One ID number, one person: among current staff (not left) an ID number
-- is unique. A database that already holds duplicates keeps the ID on the
-- earliest record; each later record's number moves to
-- staff_id_duplicate (nothing is lost) and is cleared on the roster, with
-- an audit row (masked), so that the officer can settle who is who.

CREATE TABLE staff_id_duplicate (
  staff_id   INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  id_number  TEXT NOT NULL,
  kept_by    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  found_at   INTEGER NOT NULL DEFAULT (unixepoch())
);

INSERT INTO staff_id_duplicate (staff_id, id_number, kept_by)
SELECT later.id, later.id_number,
       (SELECT MIN (first.id) FROM staff first
         WHERE first.id_number = later.id_number AND first.status <> 'left')
  FROM staff later
 WHERE later.id_number <> '' AND later.status <> 'left'
   AND EXISTS (SELECT 1 FROM staff first
                WHERE first.id_number = later.id_number AND first.status <> 'left'
                  AND first.id < later.id);

INSERT INTO audit (actor, entity, entity_id, action, field, old_value, new_value)
SELECT 'upgrade', 'staff', d.staff_id, 'update', 'id_number',
       substr (d.id_number, 1, 6) || '********' || substr (d.id_number, -4), ''
  FROM staff_id_duplicate d;

UPDATE staff SET id_number = ''
 WHERE id IN (SELECT staff_id FROM staff_id_duplicate);

CREATE UNIQUE INDEX staff_current_id_number ON staff (id_number)
 WHERE id_number <> '' AND status <> 'left';
