-- One row per shared cache: a change bumps its generation in the changing transaction, and every node
-- clears its local copy of that cache when it sees the generation move (see shared.SharedCaches).
CREATE TABLE cache_generation (
    name       VARCHAR(64) NOT NULL,
    generation BIGINT      NOT NULL,
    CONSTRAINT pk_cache_generation PRIMARY KEY (name)
) ${table_options};

INSERT INTO cache_generation (name, generation) VALUES ('bulletins', 0);
INSERT INTO cache_generation (name, generation) VALUES ('departments', 0);
INSERT INTO cache_generation (name, generation) VALUES ('accounts', 0);
INSERT INTO cache_generation (name, generation) VALUES ('issue-proposals', 0);
