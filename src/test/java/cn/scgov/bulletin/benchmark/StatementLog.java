package cn.scgov.bulletin.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import cn.scgov.bulletin.support.StatementRecorder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * With {@code -Dbenchmark.statements=true}: wraps the application's DataSource and records the SQL statements
 * sent while recording (prepared or executed, by any thread), so the benchmark can print what one request of
 * each question costs in statements. Without the property the DataSource is left as it is.
 */
final class StatementLog {

    static final boolean ENABLED = Boolean.getBoolean("benchmark.statements");

    private static volatile List<String> recording;

    static void start() {
        recording = new CopyOnWriteArrayList<>();
    }

    static List<String> stop() {
        List<String> recorded = recording;
        recording = null;
        return recorded == null ? List.of() : recorded;
    }

    /** The recorded statements, the same SQL counted once with its number of times, most repeated first. */
    static String summary(List<String> statements) {
        Map<String, Long> counts = statements.stream()
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        StringBuilder out = new StringBuilder();
        out.append(String.format("    %d statements, %d distinct%n", statements.size(), counts.size()));
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("    %4d × %s%n", e.getValue(), e.getKey())));
        return out.toString();
    }

    /**
     * CPU time in ms of the request threads (Tomcat's) and of the calling thread: what a call costs whatever the
     * machine's load, where wall-clock times on a shared machine mostly measure the wait for a core.
     */
    static double[] cpuMillis(Runnable call, int times) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long server = -serverCpu(threads);
        long client = -threads.getCurrentThreadCpuTime();
        for (int i = 0; i < times; i++) {
            call.run();
        }
        server += serverCpu(threads);
        client += threads.getCurrentThreadCpuTime();
        return new double[] {server / 1e6 / times, client / 1e6 / times};
    }

    private static long serverCpu(java.lang.management.ThreadMXBean threads) {
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    @Bean
    static BeanPostProcessor statementRecordingDataSource() {
        return ENABLED ? StatementRecorder.dataSources(StatementLog::record) : new BeanPostProcessor() {
        };
    }

    private static void record(String sql) {
        List<String> into = recording;
        if (into != null) {
            String flat = sql.replaceAll("\\s+", " ").strip();
            into.add("[" + Thread.currentThread().getName() + "] " + (flat.length() > 220 ? flat.substring(0, 220) + "…" : flat));
        }
    }
}
