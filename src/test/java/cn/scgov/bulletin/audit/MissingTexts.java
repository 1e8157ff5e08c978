package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.openqa.selenium.WebDriver;

/** Thymeleaf writes a message key it cannot find as ??key_locale??; no page may show one. */
public final class MissingTexts {

    private static final Pattern MISSING = Pattern.compile("\\?\\?[\\w.\\-]+_[A-Za-z_]*\\?\\?");

    private MissingTexts() {
    }

    public static void assertNone(WebDriver driver) {
        assertThat(MISSING.matcher(driver.getPageSource()).results().map(m -> m.group()).toList())
                .as("missing texts on " + driver.getCurrentUrl()).isEmpty();
    }
}
