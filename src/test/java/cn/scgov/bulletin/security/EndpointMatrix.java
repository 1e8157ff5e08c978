package cn.scgov.bulletin.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import cn.scgov.bulletin.support.ApiClient;

import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The rows of the endpoint × role matrix ({@link RoleEndpointMatrixTests}): the callers, one call with the status
 * each caller gets, how a call is sent, and the check that every REST endpoint the application maps has a row.
 */
final class EndpointMatrix {

    static final List<String> CALLERS = List.of("gat", "jtyst", "bmj", "editor", "reviewer", "leader",
            "recipient", "sysadmin", "secadmin", "auditor");
    static final String[] OFFICE = {"editor", "reviewer", "leader", "auditor"};
    static final String[] EVERYONE = CALLERS.toArray(String[]::new);
    static final String[] APPROVERS = {"reviewer", "leader"};
    static final String[] ADMINISTRATORS = {"sysadmin", "secadmin"};
    /** Everyone but the three administrators (三员分立): the people who take part in the bulletin's work. */
    static final String[] PARTICIPANTS = {"gat", "jtyst", "bmj", "editor", "reviewer", "leader", "recipient"};

    private EndpointMatrix() {
    }

    /** The ids a table's calls name, made by {@link RoleEndpointMatrixTests} before any call. */
    record Fixture(long bulletin, long issue, long otherIssue, long contribution, long news, long figures,
            long inspection, long item, String task, String account, long attachment, String skipped, String moved) {

        String contributionPath() {
            return "/api/contributions/" + contribution;
        }
    }

    /** One call and the status each caller gets (403 unless named). */
    static final class Call {
        final String method;
        final String path;
        Supplier<Object> body;
        String accept;
        String rawType;
        String rawBody;
        final Map<String, Integer> expected = new LinkedHashMap<>();

        Call(String method, String path) {
            this.method = method;
            this.path = path;
            CALLERS.forEach(caller -> expected.put(caller, 403));
        }

        Call body(Supplier<Object> supplier) {
            this.body = supplier;
            return this;
        }

        Call multipart(String fileName, String partType, String content) {
            String boundary = "matrixBoundary";
            return raw("multipart/form-data; boundary=" + boundary, "--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                    + partType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n");
        }

        Call raw(String type, String content) {
            this.rawType = type;
            this.rawBody = content;
            return this;
        }

        Call accept(String type) {
            this.accept = type;
            return this;
        }

        Call answers(int status, String... callers) {
            for (String caller : callers) {
                expected.put(caller, status);
            }
            return this;
        }

        /** What the call sends as Content-Type: the client sends JSON with every POST and PUT. */
        String contentType() {
            if (rawType != null) {
                return rawType;
            }
            return method.equals("POST") || method.equals("PUT") ? MediaType.APPLICATION_JSON_VALUE : null;
        }

        boolean reaches(RequestMappingInfo mapping, String pattern) {
            PathPattern parsed = org.springframework.web.util.pattern.PathPatternParser.defaultInstance.parse(pattern);
            String plainPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            var methods = mapping.getMethodsCondition().getMethods();
            var consumes = mapping.getConsumesCondition().getConsumableMediaTypes();
            return (methods.isEmpty() || methods.contains(RequestMethod.valueOf(method)))
                    && parsed.matches(PathContainer.parsePath(plainPath))
                    && (consumes.isEmpty() || contentType() != null
                            && consumes.stream().anyMatch(type -> type.includes(MediaType.parseMediaType(contentType()))));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Call call(String method, String path) {
        return new Call(method, path);
    }

    static String[] office(String... more) {
        List<String> callers = new ArrayList<>(List.of(OFFICE));
        callers.addAll(List.of(more));
        return callers.toArray(String[]::new);
    }

    /** The REST endpoints (every mapping under /api/) that no call reaches, as "METHOD pattern [consumes]". */
    static List<String> endpointsWithoutRow(Map<RequestMappingInfo, ?> mappings, List<Call> calls) {
        TreeSet<String> missing = new TreeSet<>();
        mappings.keySet().forEach(mapping -> mapping.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .filter(pattern -> calls.stream().noneMatch(call -> call.reaches(mapping, pattern)))
                .forEach(pattern -> missing.add(mapping.getMethodsCondition().getMethods() + " " + pattern + " "
                        + mapping.getConsumesCondition().getConsumableMediaTypes())));
        return List.copyOf(missing);
    }

    /** Every REST endpoint (method, pattern and body type), counted once. */
    static long endpoints(Map<RequestMappingInfo, ?> mappings) {
        return mappings.keySet().stream().mapToLong(m -> m.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .count()).sum();
    }

    static ApiClient.Response send(ApiClient client, Call call) {
        Object body = call.body == null ? null : call.body.get();
        if (call.accept != null) {
            client.header("Accept", call.accept);
        }
        try {
            if (call.rawType != null) {
                return client.raw(call.method, call.path, call.rawType, call.rawBody);
            }
            return switch (call.method) {
                case "GET" -> client.get(call.path);
                case "POST" -> client.post(call.path, body);
                case "PUT" -> client.put(call.path, body);
                case "DELETE" -> client.delete(call.path);
                default -> throw new IllegalArgumentException(call.method);
            };
        } finally {
            client.header("Accept", "application/json");
        }
    }
}
