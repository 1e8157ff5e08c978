package cn.scgov.bulletin.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Requests made with the browser's session, to check what a page links to (downloads, images, statuses). */
public final class SessionRequests {

    private final WebDriver driver;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public SessionRequests(WebDriver driver) {
        this.driver = driver;
    }

    public HttpResponse<byte[]> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies()).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form post as the browser would send it, with the CSRF token of the page currently open. */
    public HttpResponse<byte[]> post(String url, java.util.Map<String, String> fields) {
        String token = driver.findElement(org.openqa.selenium.By.cssSelector("meta[name=_csrf]")).getAttribute("content");
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", token);
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public int status(String url) {
        return get(url).statusCode();
    }

    private String cookies() {
        return driver.manage().getCookies().stream().map(Cookie::toString).map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }
}
