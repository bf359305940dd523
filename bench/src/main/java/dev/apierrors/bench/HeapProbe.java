package dev.apierrors.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Measures the peak live heap of one stage, in a JVM of its own (started by {@link Benchmark} with
 * the serial collector, so that every {@code System.gc()} is a full, stop-the-world collection).
 *
 * <p>Live heap is what remains after a full collection; the heap used at any other moment also
 * counts garbage not collected yet, which depends on the heap size and the collector, not on the
 * work. So a sampling thread collects all the time while the stage runs and keeps the largest heap
 * left after a collection. Between two collections it waits a quarter of the time the last one
 * took: the stage runs about five times slower, and gets about a fifth of its work done between two
 * samples; a peak that lasts less than that can pass unseen. The stage is run
 * once first, so that classes and the libraries' caches are in place, and the live heap then
 * (the baseline) is subtracted: what remains is what the stage itself holds at its peak. The result
 * of the stage is held until after the last sample, as its caller would hold it.
 *
 * <p>Arguments: {@code parse|full <description> <output folder> <runs>}. Prints one line:
 * {@code peak=<bytes> baseline=<bytes> samples=<count>}, the peak being the largest of the runs.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String stageName = args[0];
        Path spec = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Stages.Stage stage = switch (stageName) {
            case "parse" -> Stages.parse(spec);
            case "full" -> Stages.full(spec, out);
            default -> throw new IllegalArgumentException("stage " + stageName);
        };
        stage.prepare();
        stage.run();
        long baseline = liveHeap();
        long peak = 0;
        int samples = 0;
        for (int i = 0; i < runs; i++) {
            stage.prepare();
            Sampler sampler = new Sampler();
            Thread thread = new Thread(sampler, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
            Object result = stage.run();
            sampler.stop(thread);
            peak = Math.max(peak, Math.max(sampler.peak, liveHeap()));
            samples += sampler.samples + 1;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        System.out.println("peak=" + (peak - baseline) + " baseline=" + baseline + " samples=" + samples);
    }

    static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static final class Sampler implements Runnable {
        private volatile boolean running = true;
        private volatile long peak;
        private volatile int samples;

        @Override
        public void run() {
            while (running) {
                long start = System.nanoTime();
                long live = liveHeap();
                long took = System.nanoTime() - start;
                peak = Math.max(peak, live);
                samples++;
                try {
                    Thread.sleep(Math.max(1, took / 4_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop(Thread thread) throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
