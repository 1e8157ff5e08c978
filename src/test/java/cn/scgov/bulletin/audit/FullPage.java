package cn.scgov.bulletin.audit;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Grows the window to the page's full height for a screenshot, so reviewers see the whole page. */
public final class FullPage {

    private static final int MAX_HEIGHT = 4000;

    private FullPage() {
    }

    public static void around(WebDriver driver, Runnable screenshot) {
        Dimension before = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        int wanted = Math.min(MAX_HEIGHT, height.intValue() + (before.getHeight() - viewportHeight(driver)));
        if (wanted > before.getHeight()) {
            driver.manage().window().setSize(new Dimension(before.getWidth(), wanted));
        }
        try {
            screenshot.run();
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private static int viewportHeight(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerHeight")).intValue();
    }
}
