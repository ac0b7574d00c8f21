package org.talkbalance.examples.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.language.Annotator;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptReader;
import org.talkbalance.transcript.Utterance;

/**
 * Single-thread throughput of the whole {@code analyze} pipeline (read, annotate, turns, metrics
 * with the default 1000-resample bootstrap) over a folder of transcripts, in MB/s of UTF-8 input,
 * against an all-models baseline measured in the same process: the same pipeline plus {@link
 * Annotator#allModels()} on every utterance, which runs the OpenNLP sentence detector, {@code
 * TokenizerME} and {@code POSTaggerME} on every sentence. The baseline also pays for the default
 * annotation inside {@code analyze}, a few percent of its time.
 *
 * <p>Rounds alternate default and baseline so both see the same machine noise; the medians and
 * their ratio are printed. Throughput is measured on the wall clock; the thread's CPU time is
 * printed beside it, since on a shared machine the wall clock also counts time the thread waited
 * for a core.
 *
 * <pre>
 * ./mvnw -q -o install -DskipTests
 * java -cp balance-examples/target/balance.jar org.talkbalance.examples.bench.ThroughputBench \
 *     ../shared/data/transcripts/qmsum 5
 * </pre>
 */
public final class ThroughputBench {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ThroughputBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args the transcript folder, and optionally the number of measured rounds (default 5)
   * @throws IOException if the folder cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ThroughputBench FOLDER [ROUNDS]");
      System.exit(1);
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    BalanceAnalyzer analyzer = BalanceAnalyzer.builder().build();
    double megabytes = bytes / 1e6;
    System.out.printf(Locale.ROOT, "%d transcripts, %.2f MB, %d measured rounds, 1 thread%n",
        texts.size(), megabytes, rounds);
    // warm-up: let the JIT compile both paths before measuring
    for (int w = 0; w < 3; w++) {
      run(texts, analyzer, false);
    }
    run(texts, analyzer, true);
    double[] fast = new double[rounds];
    double[] slow = new double[rounds];
    double[] fastCpu = new double[rounds];
    double[] slowCpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      Timing f = run(texts, analyzer, false);
      Timing s = run(texts, analyzer, true);
      fast[r] = megabytes / f.wallSeconds;
      slow[r] = megabytes / s.wallSeconds;
      fastCpu[r] = megabytes / f.cpuSeconds;
      slowCpu[r] = megabytes / s.cpuSeconds;
      System.out.printf(Locale.ROOT,
          "round %d: default %.2f MB/s (cpu %.2f), all-models %.3f MB/s (cpu %.3f)%n",
          r + 1, fast[r], fastCpu[r], slow[r], slowCpu[r]);
    }
    System.out.printf(Locale.ROOT,
        "median: default %.2f MB/s, all-models baseline %.3f MB/s, ratio %.1fx%n",
        median(fast), median(slow), median(fast) / median(slow));
    System.out.printf(Locale.ROOT,
        "median of thread cpu time: default %.2f MB/s, all-models baseline %.3f MB/s, "
            + "ratio %.1fx%n",
        median(fastCpu), median(slowCpu), median(fastCpu) / median(slowCpu));
  }

  /** Wall-clock and thread CPU seconds of one round. */
  private record Timing(double wallSeconds, double cpuSeconds) {}

  /** Runs one round, with or without the all-models annotation, and returns its times. */
  private static Timing run(List<String> texts, BalanceAnalyzer analyzer, boolean allModels) {
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long sink = 0;
    for (String text : texts) {
      Transcript t;
      try (TranscriptReader reader = TranscriptReader.of(new StringReader(text), "bench",
          Optional.empty(), ReadOptions.defaults())) {
        t = reader.readAll();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink += analyzer.analyze(t).talkShare().totalWords();
      if (allModels) {
        for (Utterance u : t.utterances()) {
          sink += Annotator.allModels().annotate(u).sentences().size();
        }
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    return new Timing((System.nanoTime() - start) / 1e9,
        (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
