package cn.scgov.bulletin.issue.internal;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the latest version of every process definition into the engine's deployment cache while the application
 * starts (parsing the BPMN, building its model and expressions), instead of on the first issue opened or task
 * completed after a start. Runs before readiness, like {@code rendering.RenderingWarmUp}; skipped with
 * {@code bulletin.warm-up.enabled=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
@ConditionalOnBooleanProperty(name = "bulletin.warm-up.enabled", matchIfMissing = true)
class ProcessDefinitionWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcessDefinitionWarmUp.class);

    private final RepositoryService repository;

    ProcessDefinitionWarmUp(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int loaded = 0;
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModel(definition.getId());
            loaded++;
        }
        log.info("Process definitions warmed up: {} in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
    }
}
