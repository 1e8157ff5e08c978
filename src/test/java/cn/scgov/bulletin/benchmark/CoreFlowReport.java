package cn.scgov.bulletin.benchmark;

/**
 * The figures {@link ApiThroughputBenchmark} measures and the report it prints. The four sides of the
 * throughput rounds are indexed as in the arrays: 0 over HTTP, 1 on the engine, 2 through the services,
 * 3 on the engine in one command.
 */
record CoreFlowReport(String database, int users, int warmupRounds, double jitSeconds, Latencies[] sides,
        long[] nanos, long[] cpu, CompileReady compileReady, Latencies inboxApi, Latencies inboxEngine, long openTasks) {

    /** Milliseconds from the last of 44 concurrent completions to the compile task being ready. */
    record CompileReady(double afterAcceptances, double afterNothingToReport) {
    }

    static String databaseName() {
        String url = System.getenv("BULLETIN_TEST_DB_URL");
        return url == null || url.isBlank() ? "H2 in memory" : "MySQL/MariaDB at " + url;
    }

    String text() {
        Latencies api = sides[0];
        Latencies engine = sides[1];
        Latencies service = sides[2];
        Latencies oneCommand = sides[3];
        double measuredSeconds = (nanos[0] + nanos[1] + nanos[2] + nanos[3]) / 1e9;
        double apiRate = api.count() / (nanos[0] / 1e9);
        double engineRate = engine.count() / (nanos[1] / 1e9);
        double serviceRate = service.count() / (nanos[2] / 1e9);
        double oneCommandRate = oneCommand.count() / (nanos[3] / 1e9);
        return String.join("\n",
                "",
                "==== Core flow benchmark (" + database + ", " + users + " concurrent users) ====",
                String.format("JIT compilation while measuring: %.1f s in %.1f s of rounds (after %d warm-up rounds)",
                        jitSeconds, measuredSeconds, warmupRounds),
                String.format("Task completions over HTTP : %7.1f /s   median %6.1f ms   p95 %6.1f ms   (%d completions)",
                        apiRate, api.medianMillis(), api.p95Millis(), api.count()),
                String.format("Same on Flowable TaskService: %7.1f /s   median %6.1f ms   p95 %6.1f ms   (%d completions)",
                        engineRate, engine.medianMillis(), engine.p95Millis(), engine.count()),
                String.format("Same via services, no HTTP  : %7.1f /s   median %6.1f ms   p95 %6.1f ms   (%d completions)",
                        serviceRate, service.medianMillis(), service.p95Millis(), service.count()),
                String.format("Engine, one command each    : %7.1f /s   median %6.1f ms   p95 %6.1f ms   (%d completions)",
                        oneCommandRate, oneCommand.medianMillis(), oneCommand.p95Millis(), oneCommand.count()),
                String.format("JVM CPU per completion      : HTTP %5.1f ms (server and client)   engine %5.1f ms   services %5.1f ms"
                        + "   engine, one command %5.1f ms", cpu[0] / 1e6 / api.count(), cpu[1] / 1e6 / engine.count(),
                        cpu[2] / 1e6 / service.count(), cpu[3] / 1e6 / oneCommand.count()),
                String.format("API / engine throughput     : %7.2f   (target >= 0.80)", apiRate / engineRate),
                String.format("Services / engine throughput: %7.2f", serviceRate / engineRate),
                String.format("API / engine, one command   : %7.2f", apiRate / oneCommandRate),
                String.format("Inbox page over HTTP        : median %6.1f ms   p95 %6.1f ms   at %d open tasks",
                        inboxApi.medianMillis(), inboxApi.p95Millis(), openTasks),
                String.format("Bare engine inbox query     : median %6.1f ms   p95 %6.1f ms",
                        inboxEngine.medianMillis(), inboxEngine.p95Millis()),
                String.format("Inbox p95 API / engine      : %7.2f   (target <= 3.00)", inboxApi.p95Millis() / inboxEngine.p95Millis()),
                String.format("Last of 44 concurrent acceptances -> compile task ready: %6.0f ms", compileReady.afterAcceptances()),
                String.format("Last of 44 concurrent 'nothing to report' -> compile task ready: %6.0f ms",
                        compileReady.afterNothingToReport()),
                "");
    }
}
