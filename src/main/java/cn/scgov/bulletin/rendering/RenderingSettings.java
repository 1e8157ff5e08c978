package cn.scgov.bulletin.rendering;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of rendering ({@code bulletin.rendering.*}, defaults in {@code application.yml}).
 *
 * @param fontDirectories where the PDF renderer looks for TrueType CJK fonts
 */
@ConfigurationProperties("bulletin.rendering")
record RenderingSettings(List<String> fontDirectories) {
}
