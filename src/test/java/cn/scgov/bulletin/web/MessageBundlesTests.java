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
import org.junit.jupiter.api.Test;

/**
 * Every page reads the same keys in Chinese and English, so an English user never meets a
 * Chinese fallback and a new text is never added to one language only. The process-log action
 * labels are the one exception by design: their Chinese label is the {@link AuditAction} enum
 * (it is also what the CSV export prints), the English one is the bundle's.
 */
class MessageBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/participants", "i18n/office", "i18n/oversight",
            "i18n/calendar", "i18n/notices"})
    void chineseAndEnglishBundlesHaveTheSameKeys(String basename) throws IOException {
        Set<String> chinese = keysWithoutActionLabels(load(basename + ".properties"));
        Set<String> english = keysWithoutActionLabels(load(basename + "_en.properties"));
        assertThat(new TreeSet<>(english)).as(basename).isEqualTo(new TreeSet<>(chinese));
    }

    @Test
    void everyProcessLogActionHasAnEnglishLabelAndNoOtherKeyLooksLikeOne() throws IOException {
        Set<String> labelled = load("i18n/oversight_en.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("audit.action."))
                .map(key -> key.substring("audit.action.".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actions = Arrays.stream(AuditAction.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(labelled).isEqualTo(actions);
    }

    private static Set<String> keysWithoutActionLabels(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("audit.action."))
                .collect(Collectors.toSet());
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
