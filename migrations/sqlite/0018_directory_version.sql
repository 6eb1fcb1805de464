-- The directory (areas, units, categories, routing rules) is held in memory by each instance and
-- read again when this counter moves. Every write to those tables moves it, in the writing
-- transaction, through these triggers: seeds, the command line and any hand-made SQL alike. A
-- turn reads the counter with its first statement, so it never works from an old directory,
-- whichever instance made the change. A migration that rebuilds one of these tables must
-- create its triggers again.
CREATE TABLE directory_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 1);
CREATE TRIGGER areas_insert_directory AFTER INSERT ON areas
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER areas_update_directory AFTER UPDATE ON areas
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER areas_delete_directory AFTER DELETE ON areas
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER units_insert_directory AFTER INSERT ON units
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER units_update_directory AFTER UPDATE ON units
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER units_delete_directory AFTER DELETE ON units
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER categories_insert_directory AFTER INSERT ON categories
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER categories_update_directory AFTER UPDATE ON categories
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER categories_delete_directory AFTER DELETE ON categories
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER routing_rules_insert_directory AFTER INSERT ON routing_rules
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER routing_rules_update_directory AFTER UPDATE ON routing_rules
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER routing_rules_delete_directory AFTER DELETE ON routing_rules
BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
