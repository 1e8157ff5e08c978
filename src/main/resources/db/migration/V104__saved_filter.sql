-- A user's saved filters (保存的筛选) of the inbox or the archive search: a name and the page's query string.
CREATE TABLE saved_filter (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    username   VARCHAR(64)   NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    name       VARCHAR(50)   NOT NULL,
    query      VARCHAR(1000) NOT NULL,
    created_at ${datetime}   NOT NULL,
    CONSTRAINT pk_saved_filter PRIMARY KEY (id),
    CONSTRAINT ux_saved_filter_name UNIQUE (username, kind, name)
) ${table_options};
