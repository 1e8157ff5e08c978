package cn.scgov.bulletin.signoff.internal;

import cn.scgov.bulletin.signoff.SignoffStep;
import java.util.List;

import cn.scgov.bulletin.shared.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SignoffRepository {

    private static final Rows<SignoffStep> STEPS = Rows.of(SignoffStep.class);

    private final JdbcClient jdbc;

    SignoffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SignoffStep> steps(long issueId) {
        return jdbc.sql("SELECT * FROM signoff_step WHERE issue_id = :issue ORDER BY position").param("issue", issueId)
                .query(STEPS).list();
    }

    void insert(long issueId, SignoffStep step) {
        jdbc.sql("INSERT INTO signoff_step (issue_id, position, name, role, assignee, added_by)"
                + " VALUES (:issue, :position, :name, :role, :assignee, :addedBy)")
                .param("issue", issueId).param("position", step.position()).param("name", step.name())
                .param("role", step.role().name()).param("assignee", step.assignee()).param("addedBy", step.addedBy())
                .update();
    }

    /** Inserts a step after {@code position}, moving the later ones down (highest first, keys stay unique). */
    public void insertAfter(long issueId, int position, SignoffStep step) {
        List<SignoffStep> later = steps(issueId).stream().filter(s -> s.position() > position).toList();
        for (int i = later.size() - 1; i >= 0; i--) {
            jdbc.sql("UPDATE signoff_step SET position = position + 1 WHERE issue_id = :issue AND position = :position")
                    .param("issue", issueId).param("position", later.get(i).position()).update();
        }
        insert(issueId, new SignoffStep(position + 1, step.name(), step.role(), step.assignee(), step.addedBy()));
    }

    public void assign(long issueId, int position, String username) {
        jdbc.sql("UPDATE signoff_step SET assignee = :assignee WHERE issue_id = :issue AND position = :position")
                .param("assignee", username).param("issue", issueId).param("position", position).update();
    }

    /** Removes the step at {@code position}, moving the later ones up (lowest first, keys stay unique). */
    public void remove(long issueId, int position) {
        List<SignoffStep> later = steps(issueId).stream().filter(s -> s.position() > position).toList();
        jdbc.sql("DELETE FROM signoff_step WHERE issue_id = :issue AND position = :position")
                .param("issue", issueId).param("position", position).update();
        for (SignoffStep step : later) {
            jdbc.sql("UPDATE signoff_step SET position = position - 1 WHERE issue_id = :issue AND position = :position")
                    .param("issue", issueId).param("position", step.position()).update();
        }
    }
}
