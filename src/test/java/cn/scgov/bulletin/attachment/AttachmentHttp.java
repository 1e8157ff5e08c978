package cn.scgov.bulletin.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart uploads and binary downloads as an API client sends them (HTTP Basic, session cookie kept). */
final class AttachmentHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;
    private final Map<String, String> sessions = new ConcurrentHashMap<>();

    AttachmentHttp(int port) {
        this.port = port;
    }

    record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }

        @Override
        public String toString() {
            return status + " " + (body.length < 2000 ? text() : body.length + " bytes");
        }
    }

    Reply upload(String username, long contributionId, String fileName, String declaredType, byte[] content) {
        String boundary = "----bulletin" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(username, HttpRequest.newBuilder(uri("/api/contributions/" + contributionId + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Reply get(String username, String path) {
        return send(username, HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply delete(String username, String path) {
        return send(username, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Reply put(String username, String path, String json) {
        return send(username, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(String username, HttpRequest.Builder request) {
        request.header("Accept", "application/json, */*");
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        String cookie = sessions.get(username);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("BULLETIN_SESSION="))
                    .findFirst().ifPresent(c -> sessions.put(username, c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))));
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
