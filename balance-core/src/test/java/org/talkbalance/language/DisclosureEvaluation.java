package org.talkbalance.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.talkbalance.SharedData;
import java.util.Map;
import java.util.function.Function;
import org.talkbalance.internal.LexicalTokenizer;

/**
 * The evaluation harness for self-disclosure: reads the OffMyChest training split of the shared
 * data ({@code ../shared/data/disclosure/offmychest-train.tsv}, CC BY 4.0, Jaidka et al. 2020) and
 * scores a predictor against its crowd labels with precision, recall and F1 for three labels:
 * disclosure (emotional or informational), emotional and informational.
 *
 * <p>The file is read line by line, one labelled sentence per line, tab-separated, quotes taken
 * literally (Reddit text quotes freely). The 154 lines in the upstream nine-column layout
 * ({@code train, post, sentence, author, E?I?, …}) are outside the 12,706 sentences the data README
 * documents: they are counted and left out. Any other malformed line fails the run.
 *
 * <p>Not thread-safe; a test utility.
 */
final class DisclosureEvaluation {

  static final String FILE = "disclosure/offmychest-train.tsv";

  private static final String HEADER =
      "post\tsentence\tauthor\tis_disclosure\temotional\tinformational\ttext";

  /** One labelled sentence. */
  record Row(int line, String text, boolean disclosure, boolean emotional, boolean informational) {}

  /** The sentences, and how many upstream-layout lines were left out. */
  record Corpus(List<Row> rows, int upstreamLayoutLines) {}

  /** What a predictor says about one sentence, for the three labels. */
  record Prediction(boolean disclosure, boolean emotional, boolean informational) {}

  /** Counts for one label. */
  record Score(int truePositives, int falsePositives, int falseNegatives) {

    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    double recall() {
      int actual = truePositives + falseNegatives;
      return actual == 0 ? 0 : truePositives / (double) actual;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(boolean predicted, boolean actual) {
      return new Score(
          truePositives + (predicted && actual ? 1 : 0),
          falsePositives + (predicted && !actual ? 1 : 0),
          falseNegatives + (!predicted && actual ? 1 : 0));
    }
  }

  /** Scores of one predictor for disclosure, emotional and informational. */
  record Scores(Score disclosure, Score emotional, Score informational) {

    String row(String name) {
      return String.format(
          Locale.ROOT,
          "%-34s %s   %s   %s",
          name,
          cells(disclosure),
          cells(emotional),
          cells(informational));
    }

    private static String cells(Score s) {
      return String.format(Locale.ROOT, "%.3f %.3f %.3f", s.precision(), s.recall(), s.f1());
    }
  }

  private DisclosureEvaluation() {}

  /**
   * {@return the corpus file under the shared data folder}
   *
   * <p>Skips the calling test when the folder is absent and not required (see {@link SharedData}).
   */
  static Path corpusFile() {
    return SharedData.resolve(FILE);
  }

  static Corpus load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalStateException(file + ": expected the header " + HEADER);
    }
    List<Row> rows = new ArrayList<>();
    int upstream = 0;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length == 9 && f[0].equals("train")) {
        upstream++;
        continue;
      }
      if (f.length != 7) {
        throw new IllegalStateException(
            file + ":" + (i + 1) + ": expected 7 tab-separated fields, got " + f.length);
      }
      int line1 = i + 1;
      rows.add(new Row(line1, f[6], flag(f[3], file, line1), flag(f[4], file, line1),
          flag(f[5], file, line1)));
    }
    return new Corpus(List.copyOf(rows), upstream);
  }

  private static boolean flag(String field, Path file, int line) {
    return switch (field) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new IllegalStateException(file + ":" + line + ": expected 0 or 1, got " + field);
    };
  }

  static Scores score(List<Row> rows, Function<String, Prediction> predictor) {
    Score d = new Score(0, 0, 0);
    Score e = new Score(0, 0, 0);
    Score i = new Score(0, 0, 0);
    for (Row row : rows) {
      Prediction p = predictor.apply(row.text());
      d = d.plus(p.disclosure(), row.disclosure());
      e = e.plus(p.emotional(), row.emotional());
      i = i.plus(p.informational(), row.informational());
    }
    return new Scores(d, e, i);
  }

  /**
   * The detector's prediction: any level is a disclosure; emotional is the emotional level;
   * informational is the informational or thoughts level (the corpus has no thoughts label, and its
   * informational label covers facts and views about oneself).
   */
  static Prediction detector(String text) {
    Disclosure d = DisclosureDetector.standard().detect(text);
    return new Prediction(
        d.isDisclosure(),
        d.isEmotional(),
        d.level() == DisclosureLevel.INFORMATIONAL || d.level() == DisclosureLevel.THOUGHTS);
  }

  /**
   * DESIGN.md's baseline: a sentence with a first-person singular pronoun (I, me, my, mine, myself,
   * and contractions of I) is a disclosure, and emotional, and informational.
   */
  static Prediction firstPersonBaseline(String text) {
    boolean first = false;
    for (String w : LexicalTokenizer.lowerCaseWords(text)) {
      String word = w.replace('\u2019', '\'');
      first |= word.equals("i") || word.equals("me") || word.equals("my") || word.equals("mine")
          || word.equals("myself") || word.startsWith("i'");
    }
    return new Prediction(first, first, first);
  }

  /** Every sentence is a disclosure of every kind: the F1 that prevalence alone gives. */
  static Prediction everything(String text) {
    return new Prediction(true, true, true);
  }

  /**
   * A reference for how much the words of these sentences can tell at all: a bag-of-words Naive
   * Bayes (unigrams and bigrams, add-one smoothing) trained on this very file with 5-fold
   * cross-validation, the decision threshold then chosen for the best F1 on the held-out scores
   * (optimistic). Not a detector: it is fit to the labels the rules must not be fit to.
   *
   * @return the best F1 for the disclosure and the emotional label, in that order
   */
  static double[] bagOfWordsCeiling(List<Row> rows) {
    List<List<String>> features = new ArrayList<>(rows.size());
    for (Row row : rows) {
      List<String> words = LexicalTokenizer.lowerCaseWords(row.text());
      List<String> f = new ArrayList<>(words);
      for (int k = 0; k + 1 < words.size(); k++) {
        f.add(words.get(k) + ' ' + words.get(k + 1));
      }
      features.add(f);
    }
    return new double[] {
      ceiling(rows, features, Row::disclosure), ceiling(rows, features, Row::emotional)
    };
  }

  private static double ceiling(
      List<Row> rows, List<List<String>> features, Function<Row, Boolean> label) {
    int folds = 5;
    double[] scores = new double[rows.size()];
    for (int fold = 0; fold < folds; fold++) {
      Map<String, int[]> counts = new HashMap<>();
      int pos = 0;
      int neg = 0;
      for (int r = 0; r < rows.size(); r++) {
        if (r % folds == fold) {
          continue;
        }
        boolean y = label.apply(rows.get(r));
        if (y) {
          pos++;
        } else {
          neg++;
        }
        for (String f : new HashSet<>(features.get(r))) {
          counts.computeIfAbsent(f, k -> new int[2])[y ? 0 : 1]++;
        }
      }
      for (int r = fold; r < rows.size(); r += folds) {
        double s = Math.log(pos / (double) neg);
        for (String f : new HashSet<>(features.get(r))) {
          int[] c = counts.get(f);
          if (c != null && c[0] + c[1] >= 3) {
            s += Math.log((c[0] + 1.0) / (pos + 2.0)) - Math.log((c[1] + 1.0) / (neg + 2.0));
          }
        }
        scores[r] = s;
      }
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double best = 0;
    for (int q = 1; q < 100; q++) {
      double threshold = sorted[sorted.length * q / 100];
      Score sc = new Score(0, 0, 0);
      for (int r = 0; r < rows.size(); r++) {
        sc = sc.plus(scores[r] > threshold, label.apply(rows.get(r)));
      }
      best = Math.max(best, sc.f1());
    }
    return best;
  }
}
