package cn.scgov.bulletin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of the API, as an integrating system would be: HTTP Basic for one user, keeping
 * the session cookie the first request establishes (so BCrypt runs once per client).
 */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The application's session cookie (server.servlet.session.cookie.name). */
    public static final String SESSION_COOKIE = "BULLETIN_SESSION";

    private final String base;
    private final String authorization;
    private final java.util.Map<String, String> headers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String session;

    public ApiClient(int port, String username, String password) {
        this("http://localhost:" + port, username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A client of the given base address (e.g. http://[::1]:8080) sending the given Authorization header, or none. */
    public ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Sends this header with every request (e.g. X-Forwarded-For, as a proxy would). */
    public ApiClient header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The same session (cookie) without credentials: what a browser that logged in sends. */
    public ApiClient sessionOnly() {
        ApiClient client = new ApiClient(base, null);
        client.session = session;
        client.headers.putAll(headers);
        return client;
    }

    /** The same session (cookie) with another Authorization header. */
    public ApiClient withAuthorization(String value) {
        ApiClient client = new ApiClient(base, value);
        client.session = session;
        client.headers.putAll(headers);
        return client;
    }

    /** The session cookie as sent ("NAME=value"), or null before the first login. */
    public String sessionCookie() {
        return session;
    }

    public static ApiClient as(int port, String username) {
        return new ApiClient(port, username, "Demo@2026");
    }

    public record Response(int status, String contentType, String body, java.util.Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }


        public JsonNode json() {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, "application/json", text(body));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, "application/json", text(body));
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** Sends a raw body as is (for malformed JSON and the like). */
    public Response raw(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String text(Object body) {
        return body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /**
     * Plain blocking HTTP/1.1 (keep-alive); the session cookie is kept per client, so every client is
     * its own browser-less user.
     */
    private Response send(String method, String path, String contentType, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Accept", "application/json");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            headers.forEach(connection::setRequestProperty);
            String cookie = session;
            if (cookie != null) {
                connection.setRequestProperty("Cookie", cookie);
            }
            if (body != null || !"GET".equals(method) && !"DELETE".equals(method)) {
                byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType == null ? "application/json" : contentType);
                connection.setFixedLengthStreamingMode(bytes.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = connection.getResponseCode();
            for (String header : connection.getHeaderFields().getOrDefault("Set-Cookie", List.of())) {
                if (header.startsWith(SESSION_COOKIE + "=")) {
                    session = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
                }
            }
            InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = "";
            if (stream != null) {
                try (InputStream in = stream) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            String type = connection.getContentType();
            return new Response(status, type == null ? "" : type, text, connection.getHeaderFields());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
