package cn.scgov.bulletin.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web layer ({@code bulletin.web.*}, defaults in {@code application.yml}).
 *
 * @param maxRequestBody the largest request body the API reads (JSON); forms and uploads have Spring Boot's limits
 */
@ConfigurationProperties("bulletin.web")
record WebSettings(DataSize maxRequestBody) {
}
