-- Rows the engine writes into ACT_GE_PROPERTY at its first start when they are missing. Two nodes starting
-- together on an empty database both found them missing and one died on the duplicate key; written here,
-- under the migration lock, the engine only reads them (the values are the engine's defaults, which this
-- application keeps). INSERT IGNORE: a database whose engine made its schema has them already.
INSERT IGNORE INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES ('cfg.execution-related-entities-count', 'true', 1);
INSERT IGNORE INTO ACT_GE_PROPERTY (NAME_, VALUE_, REV_) VALUES ('cfg.task-related-entities-count', 'true', 1);
