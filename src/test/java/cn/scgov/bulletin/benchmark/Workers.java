package cn.scgov.bulletin.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.scgov.bulletin.support.ApiClient;

/** The benchmarks' ways of running work concurrently: a fixed number of users, or everyone at once. */
final class Workers {

    private Workers() {
    }

    /** Runs the queue's items on {@code threads} threads; returns the wall time in nanoseconds. */
    static <T> long onThreads(int threads, ConcurrentLinkedQueue<T> queue, Consumer<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (T item = queue.poll(); item != null; item = queue.poll()) {
                        work.accept(item);
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            return System.nanoTime() - began;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread per item, all released at once; returns System.nanoTime() when the last response arrived. */
    static <T> long allAtOnce(ConcurrentLinkedQueue<T> items, Function<T, ApiClient.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> calls = new ArrayList<>();
            for (T item : items) {
                calls.add(pool.submit(() -> {
                    start.await();
                    ApiClient.Response response = call.apply(item);
                    if (response.status() != 200) {
                        throw new IllegalStateException(response.toString());
                    }
                    return System.nanoTime();
                }));
            }
            start.countDown();
            long last = 0;
            for (Future<Long> done : calls) {
                last = Math.max(last, done.get());
            }
            return last;
        } finally {
            pool.shutdownNow();
        }
    }

    static void timed(Latencies latencies, Runnable work) {
        long began = System.nanoTime();
        work.run();
        latencies.add(System.nanoTime() - began);
    }
}
