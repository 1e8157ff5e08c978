package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.scgov.bulletin.directory.DirectoryAction;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The process log's vocabulary is declared by the modules that publish the actions and collected by audit: every
 * declared action is registered once under a name no other module uses, has a label in both languages, sits in
 * one group of the search form, and an unknown name in a request is the client's mistake.
 */
class ProcessLogVocabularyTests extends ApiTestSupport {

    @Autowired ProcessLogActions actions;

    @Test
    void everyDeclaredActionIsRegisteredOnceUnderItsOwnName() {
        List<String> registered = actions.all().stream().map(AuditAction::name).toList();
        assertThat(registered).doesNotHaveDuplicates();
        assertThat(registered).containsExactlyInAnyOrderElementsOf(declared());
        assertThat(registered).contains("LOGIN", "ACCESS_DENIED", "CONTRIBUTION_RETURNED", "AUDIT_PURGED");
        assertThat(actions.find("LOGIN_FAILED").orElseThrow().outcome()).isEqualTo(AuditAction.Outcome.FAILURE);
        assertThat(actions.find("API_THROTTLED").orElseThrow().outcome()).isEqualTo(AuditAction.Outcome.REFUSED);
        assertThat(actions.find("login")).isEmpty();
    }

    @Test
    void aNameTwoModulesDeclareStopsTheStart() {
        AuditAction another = () -> "LOGIN";
        assertThatThrownBy(() -> new ProcessLogActions(List.of(ProcessLogVocabulary.of(DirectoryAction.values()),
                ProcessLogVocabulary.of(another)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("LOGIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/oversight.properties", "i18n/oversight_en.properties"})
    void everyRegisteredActionHasALabelAndNoOtherKeyLooksLikeOne(String resource) throws IOException {
        Properties bundle = load(resource);
        Set<String> labelled = bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("audit.action."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = actions.all().stream().map(AuditAction::labelKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(labelled).as(resource).isEqualTo(keys);
        assertThat(keys).as(resource).allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
    }

    @Test
    void theSearchFormOffersEveryActionInOneGroupAndNamesNoOther() {
        List<String> offered = AuditActionGroups.groups(actions).stream()
                .flatMap(group -> group.actions().stream()).map(AuditAction::name).toList();
        assertThat(offered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declared());
        assertThat(AuditActionGroups.GROUPS.values().stream().flatMap(List::stream))
                .allSatisfy(name -> assertThat(actions.find(name)).as(name).isPresent());
        assertThat(AuditActionGroups.groups(actions).get(0).actions().get(0).name()).isEqualTo("LOGIN");
    }

    @Test
    void anUnknownActionInTheApiIsTheClientsMistake() {
        ApiClient.Response unknown = api("auditor").get("/api/audit/log?action=NO_SUCH_ACTION");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("参数 action 的取值无效：NO_SUCH_ACTION");
        assertThat(api("auditor").get("/api/audit/log.csv?action=login").status()).isEqualTo(400);
        assertThat(api("auditor").get("/api/audit/log?action=LOGIN&size=1").status()).isEqualTo(200);
        assertThat(api("auditor").get("/api/audit/log?action=").status()).isEqualTo(200);
    }

    /** The names of every enum in the application that implements {@link AuditAction}. */
    private static List<String> declared() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditAction.class));
        return scanner.findCandidateComponents("cn.scgov.bulletin").stream().map(BeanDefinition::getBeanClassName)
                .map(name -> ClassUtils.resolveClassName(name, ProcessLogVocabularyTests.class.getClassLoader()))
                .filter(Class::isEnum)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(constant -> ((AuditAction) constant).name()))
                .toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProcessLogVocabularyTests.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
