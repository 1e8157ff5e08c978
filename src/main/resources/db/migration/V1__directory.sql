-- Directory: departments (window departments and the centre's own teams) and user accounts.
CREATE TABLE department (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL,
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    version     INT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_department PRIMARY KEY (code),
    CONSTRAINT ux_department_name UNIQUE (name)
) ${table_options};

CREATE TABLE app_user (
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    department_code      VARCHAR(32),
    password_hash        VARCHAR(100) NOT NULL,
    enabled              BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_logins        INT          DEFAULT 0 NOT NULL,
    locked_until         ${datetime},
    must_change_password BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at           ${datetime}  NOT NULL,
    version              INT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_code) REFERENCES department (code)
) ${table_options};

CREATE TABLE user_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(16) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (username, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (username) REFERENCES app_user (username)
) ${table_options};
CREATE INDEX ix_user_role_role ON user_role (role);
