package cn.scgov.bulletin.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.issue.Issue;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Component;

/**
 * An issue's process diagram with the steps it went through and where it is now: as BPMN XML plus
 * activity ids (for the browser's BPMN viewer) or as a PNG drawn by Flowable's generator.
 */
@Component
class ProcessDiagram {

    static final String SIGNOFF_STEP_NAME_EXPRESSION = "${signoffStepName}";
    static final String SIGNOFF_STEP_LABEL = "审签（审核、签发）";

    private final HistoryService history;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    ProcessDiagram(HistoryService history, RuntimeService runtime, RepositoryService repository) {
        this.history = history;
        this.runtime = runtime;
        this.repository = repository;
    }

    public record Diagram(String bpmnXml, List<String> completedActivityIds, List<String> activeActivityIds,
            List<String> takenFlowIds) {
    }

    Diagram diagram(Issue issue) {
        HistoricProcessInstance instance = instance(issue);
        Set<String> completed = new LinkedHashSet<>();
        Set<String> flows = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            if ("sequenceFlow".equals(activity.getActivityType())) {
                flows.add(activity.getActivityId());
            } else if (activity.getEndTime() != null) {
                completed.add(activity.getActivityId());
            }
        }
        List<String> active = instance.getEndTime() == null
                ? runtime.getActiveActivityIds(instance.getId()) : List.of();
        completed.removeAll(active);
        String xml;
        try (InputStream in = repository.getResourceAsStream(definitionDeployment(instance), resourceName(instance))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the process definition", e);
        }
        return new Diagram(xml, new ArrayList<>(completed), new ArrayList<>(new LinkedHashSet<>(active)),
                new ArrayList<>(flows));
    }

    byte[] png(Issue issue) {
        Diagram diagram = diagram(issue);
        // Drawn from a private copy of the model: the deployed one is shared with the engine, and its
        // sign-off task is named by an expression that reads as code on a picture.
        String xml = diagram.bpmnXml().replace(SIGNOFF_STEP_NAME_EXPRESSION, SIGNOFF_STEP_LABEL);
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(
                () -> new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false, false);
        List<String> highlighted = new ArrayList<>(diagram.completedActivityIds());
        highlighted.addAll(diagram.activeActivityIds());
        try (InputStream in = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", highlighted,
                diagram.takenFlowIds(), "WenQuanYi Zen Hei", "WenQuanYi Zen Hei", "WenQuanYi Zen Hei", null, 1.0, true)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot draw the diagram", e);
        }
    }

    private HistoricProcessInstance instance(Issue issue) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(issue.processInstanceId()).singleResult();
    }

    private String definitionDeployment(HistoricProcessInstance instance) {
        return repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId();
    }

    private String resourceName(HistoricProcessInstance instance) {
        return repository.getProcessDefinition(instance.getProcessDefinitionId()).getResourceName();
    }
}
