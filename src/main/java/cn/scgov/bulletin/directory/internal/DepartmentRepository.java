package cn.scgov.bulletin.directory.internal;

import cn.scgov.bulletin.directory.Department;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DepartmentRepository {

    private static final Rows<Department> MAPPER = Rows.of(Department.class);

    private static final String CACHE = "departments";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * All departments. The list is small, read on nearly every request and changed only through this
     * repository, so it is cached, as is each department; a change on any node drops every node's copy.
     */
    @Cacheable(cacheNames = CACHE, sync = true)
    public List<Department> findAll() {
        return List.copyOf(jdbc.sql("SELECT * FROM department ORDER BY position, code").query(MAPPER).list());
    }

    @Cacheable(cacheNames = CACHE, sync = true)
    public Optional<Department> find(String code) {
        return jdbc.sql("SELECT * FROM department WHERE code = :code").param("code", code).query(MAPPER).optional();
    }

    public boolean nameTaken(String name, String exceptCode) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE name = :name AND code <> :code")
                .param("name", name).param("code", exceptCode == null ? "" : exceptCode)
                .query(Integer.class).single() > 0;
    }

    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void insert(Department department) {
        jdbc.sql("INSERT INTO department (code, name, kind, position, active, version)"
                + " VALUES (:code, :name, :kind, :position, :active, 0)")
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("position", department.position())
                .param("active", department.active()).update();
    }

    /** @return false when the stored version differs (a concurrent edit). */
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public boolean update(Department department) {
        return jdbc.sql("UPDATE department SET name = :name, kind = :kind, position = :position, active = :active,"
                + " version = version + 1 WHERE code = :code AND version = :version")
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("position", department.position())
                .param("active", department.active()).param("version", department.version()).update() == 1;
    }

    public int nextPosition() {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 10 FROM department").query(Integer.class).single();
    }
}
