package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.scgov.bulletin.shared.AuditAction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page reads the same keys in Chinese and English, so an English user never meets a
 * Chinese fallback and a new text is never added to one language only. The process-log action
 * labels ({@link AuditAction#labelKey()}) live only in the bundles, in both languages.
 */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/participants", "i18n/office", "i18n/oversight",
            "i18n/calendar", "i18n/notices"})
    void chineseAndEnglishBundlesHaveTheSameKeys(String basename) throws IOException {
        Set<String> chinese = load(basename + ".properties").stringPropertyNames();
        Set<String> english = load(basename + "_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as(basename).isEqualTo(new TreeSet<>(chinese));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/oversight.properties", "i18n/oversight_en.properties"})
    void everyProcessLogActionHasALabelAndNoOtherKeyLooksLikeOne(String resource) throws IOException {
        Properties bundle = load(resource);
        Set<String> labelled = bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("audit.action."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actions = Arrays.stream(AuditAction.values()).map(AuditAction::labelKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(labelled).as(resource).isEqualTo(actions);
        assertThat(actions).as(resource).allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
