import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Load of the fault run (ASCII source: the JDK 17 source launcher reads it in the platform encoding) (fault-run.sh), through nginx: WORKERS threads each repeat a real round as
 * users do it over the API (HTTP Basic, as API clients log in): the editor opens an issue of the demo
 * weekly bulletin, six departments' submitters each submit their contribution, the editor accepts each.
 * Every answer is written to the events file (ms since start, status, action, id), every 2xx action to
 * the acknowledged file ("issue 12", "submit 345", "accept 345") that fault-run.sh checks against the
 * database. A failed step ends the round; the worker starts a new one.
 *   java FaultLoad.java https://127.0.0.1:18443 <seconds> <workers> <output directory>
 */
public class FaultLoad {

    static final String PASSWORD = "Demo@2026";
    static final List<String> DEPARTMENTS = List.of("gat", "jtyst", "zjt", "sthjt", "zrzyt", "swt");
    static final AtomicInteger WEEK = new AtomicInteger();
    static final ConcurrentLinkedQueue<String> EVENTS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();
    static String base;
    static HttpClient http;
    static long started;

    record Answer(int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        long until = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
        int workers = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) { }
            public void checkServerTrusted(X509Certificate[] chain, String type) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, new SecureRandom());
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        http = HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(5)).build();
        // The script's clock (epoch ms), so that event times line up with when it killed the node and stopped the
        // database; compiling this file takes seconds on a busy machine.
        started = args.length > 4 ? Long.parseLong(args[4]) : System.currentTimeMillis();
        long bulletin = bulletinId();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(() -> {
                while (System.currentTimeMillis() < until) {
                    try {
                        round(bulletin);
                    } catch (RuntimeException e) {
                        EVENTS.add((System.currentTimeMillis() - started) + " 0 -1 unexpected " + e.getMessage());
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Files.write(out.resolve("events.txt"), EVENTS);
        Files.write(out.resolve("acknowledged.txt"), ACKNOWLEDGED);
        System.out.println("load: " + EVENTS.size() + " requests, " + ACKNOWLEDGED.size() + " acknowledged actions");
    }

    /** The demo weekly bulletin (its title in escapes below), else the first bulletin listed. */
    static long bulletinId() throws InterruptedException {
        String weekly = "\u7a97\u53e3\u5de5\u4f5c\u5468\u62a5";
        Answer answer = new Answer(0, "");
        for (int attempt = 0; attempt < 60; attempt++) {
            answer = call("editor", "GET", "/api/bulletins", null, "bulletins", "");
            if (answer.status() == 200) {
                Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(answer.body());
                List<long[]> ids = new ArrayList<>();
                while (m.find()) {
                    ids.add(new long[] {Long.parseLong(m.group(1)), m.start()});
                }
                for (int i = 0; i < ids.size(); i++) {
                    int end = i + 1 < ids.size() ? (int) ids.get(i + 1)[1] : answer.body().length();
                    if (answer.body().substring((int) ids.get(i)[1], end).contains(weekly)) {
                        return ids.get(i)[0];
                    }
                }
                if (!ids.isEmpty()) {
                    return ids.get(0)[0];
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no bulletin: " + answer.status() + " " + answer.body());
    }

    /**
     * Weeks of next year onwards: none of them has an issue yet, and periods are accepted up to two years ahead
     * (a period of 2031 was refused with 400, which made the first runs acknowledge nothing).
     */
    static final LocalDate FIRST_MONDAY = LocalDate.now().plusYears(1).withDayOfYear(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));

    /** Weeks whose opening was refused by a node that could not do it (502/503): they are tried again. */
    static final ConcurrentLinkedQueue<Integer> FREE_WEEKS = new ConcurrentLinkedQueue<>();

    static void round(long bulletin) {
        Integer free = FREE_WEEKS.poll();
        int week = free != null ? free : WEEK.getAndIncrement();
        LocalDate monday = FIRST_MONDAY.plusWeeks(week);
        String open = "{\"bulletinId\":" + bulletin + ",\"periodStart\":\"" + monday + "\",\"periodEnd\":\"" + monday.plusDays(4)
                + "\",\"deadline\":\"" + monday.plusDays(7) + "T17:00:00\",\"confirm\":true}";
        Answer issue = call("editor", "POST", "/api/issues", open, "open", "");
        if (issue.status() != 200 && issue.status() != 201) {
            if (issue.status() == 502 || issue.status() == 503) {
                // Not done (no node, or the database away): the week is still free. A user waits a moment.
                FREE_WEEKS.add(week);
                pause();
            }
            return;
        }
        long issueId = number(issue.body(), "id");
        ACKNOWLEDGED.add("issue " + issueId);
        for (String department : DEPARTMENTS) {
            Answer mine = call(department, "GET", "/api/issues/" + issueId + "/contributions/mine", null, "mine", department);
            if (mine.status() != 200) {
                continue;
            }
            long contribution = number(mine.body(), "id");
            long section = number(mine.body(), "sectionId");
            String submit = "{\"version\":" + number(mine.body(), "version") + ",\"items\":[{\"sectionId\":" + section
                    + ",\"text\":\"" + department + " \u7a97\u53e3\u672c\u5468\u529e\u4ef6\u5e73\u7a33\u6709\u5e8f\"}]}";
            Answer submitted = call(department, "POST", "/api/contributions/" + contribution + "/submit", submit, "submit",
                    String.valueOf(contribution));
            if (submitted.status() != 200) {
                continue;
            }
            ACKNOWLEDGED.add("submit " + contribution);
            String review = "{\"version\":" + number(submitted.body(), "version") + ",\"decision\":\"ACCEPT\"}";
            Answer accepted = call("editor", "POST", "/api/contributions/" + contribution + "/review", review, "accept",
                    String.valueOf(contribution));
            if (accepted.status() == 200) {
                ACKNOWLEDGED.add("accept " + contribution);
            }
        }
    }

    static Answer call(String user, String method, String path, String json, String action, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long began = System.currentTimeMillis();
        int status;
        String body = "";
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (Exception e) {
            status = 0;   // no answer at all (connection refused, reset or timed out)
        }
        long now = System.currentTimeMillis();
        EVENTS.add((began - started) + " " + (now - began) + " " + status + " " + action + " " + id);
        return new Answer(status, body);
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
