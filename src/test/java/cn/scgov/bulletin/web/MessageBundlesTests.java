package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page reads the same keys in Chinese and English, so an English user never meets a
 * Chinese fallback and a new text is never added to one language only. That every process-log action has
 * its label in both languages is checked against the registered actions ({@code audit.ProcessLogVocabularyTests}).
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
