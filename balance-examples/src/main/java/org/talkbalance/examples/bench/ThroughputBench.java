package org.talkbalance.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptReader;
import org.talkbalance.transcript.Utterance;

/**
 * Single-thread throughput of the whole {@code analyze} pipeline (read, annotate, turns, metrics
 * with the default 1000-resample bootstrap) over a folder of transcripts, in MB/s of UTF-8 input,
 * against an all-models baseline measured in the same process: the same pipeline plus OpenNLP
 * sentence detection, {@code TokenizerME} and {@code POSTaggerME} on every sentence.
 *
 * <p>Rounds alternate default and baseline so both see the same machine noise; the medians and
 * their ratio are printed.
 *
 * <pre>
 * ./mvnw -q -B package -DskipTests
 * java -cp balance-examples/target/balance.jar org.talkbalance.examples.bench.ThroughputBench \
 *     ../shared/data/transcripts/qmsum 5
 * </pre>
 */
public final class ThroughputBench {

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
    AllModels models = new AllModels();
    System.out.printf(Locale.ROOT, "%d transcripts, %.2f MB, %d measured rounds, 1 thread%n",
        texts.size(), bytes / 1e6, rounds);
    // warm-up: let the JIT compile both paths before measuring
    for (int w = 0; w < 3; w++) {
      run(texts, analyzer, Optional.empty());
    }
    run(texts, analyzer, Optional.of(models));
    double[] fast = new double[rounds];
    double[] slow = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      fast[r] = bytes / 1e6 / run(texts, analyzer, Optional.empty());
      slow[r] = bytes / 1e6 / run(texts, analyzer, Optional.of(models));
      System.out.printf(Locale.ROOT, "round %d: default %.2f MB/s, all-models %.3f MB/s%n",
          r + 1, fast[r], slow[r]);
    }
    double fastMedian = median(fast);
    double slowMedian = median(slow);
    System.out.printf(Locale.ROOT,
        "median: default %.2f MB/s, all-models baseline %.3f MB/s, ratio %.1fx%n",
        fastMedian, slowMedian, fastMedian / slowMedian);
  }

  /** Runs one round and returns its wall time in seconds. */
  private static double run(List<String> texts, BalanceAnalyzer analyzer,
      Optional<AllModels> models) {
    long start = System.nanoTime();
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
      if (models.isPresent()) {
        for (Utterance u : t.utterances()) {
          sink += models.get().tagAll(u.text());
        }
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The three OpenNLP maxent stages on every sentence: the baseline to beat. */
  private static final class AllModels {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    AllModels() throws IOException {
      sentences = new SentenceDetectorME(new SentenceModel(model(
          "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
      tokenizer = new TokenizerME(new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
      tagger = new POSTaggerME(new POSModel(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
    }

    private static InputStream model(String name) {
      InputStream in = ThroughputBench.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("model " + name + " not on the class path");
      }
      return in;
    }

    int tagAll(String text) {
      int n = 0;
      for (String sentence : sentences.sentDetect(text)) {
        String[] tokens = tokenizer.tokenize(sentence);
        n += tagger.tag(tokens).length;
      }
      return n;
    }
  }
}
