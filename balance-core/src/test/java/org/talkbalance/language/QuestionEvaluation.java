package org.talkbalance.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.talkbalance.SharedData;
import org.talkbalance.transcript.Utterance;

/**
 * Measures question detection against the human-annotated corpora in {@code
 * ../shared/data/questions/} (see that folder's README): precision, recall and F1 of "this
 * utterance asks a question", per gold tag, and the most frequent confusions, for the standard
 * annotator, the lexical-only one and the all-models one.
 *
 * <p>Run it with {@code ./mvnw -q -pl balance-core test -Dtest=QuestionEvaluationTest} (figures are
 * printed and floors asserted), or the full report with the lexical-only and all-models baselines:
 *
 * <pre>
 * ./mvnw -q -pl balance-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.talkbalance.language.QuestionEvaluation -Dexec.args=--baselines \
 *     -Dtalkbalance.shared=../shared
 * </pre>
 *
 * <p>An utterance counts as a question when any of its sentences is a {@link
 * QuestionKind#QUESTION}; the gold label is the corpus's {@code is_question} column.
 *
 * <p>Not thread-safe.
 */
public final class QuestionEvaluation {

  /** One annotated utterance of a corpus. */
  record Row(String conversation, String speaker, String tag, boolean question, String text) {}

  /** The counts of one evaluation run. */
  static final class Result {
    final String name;
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int utterances;
    final Map<String, int[]> byTag = new TreeMap<>(); // tag -> {count, predicted questions}
    final Map<String, Integer> missed = new HashMap<>(); // gold tag | predicted kind [cue]
    final Map<String, Integer> extra = new HashMap<>(); // gold tag | predicted type [cue]
    final Map<String, Integer> byType = new TreeMap<>();
    final Map<String, int[]> byCue = new TreeMap<>(); // cue -> {predicted questions, correct}
    final QuestionDetector.Trace trace = new QuestionDetector.Trace();
    long nanos;

    Result(String name) {
      this.name = name;
    }

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@return a one-line summary} */
    String summary() {
      return String.format(
          Locale.ROOT,
          "%-34s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d; %d utterances; tagger on %.1f%% of"
              + " %d sentences; %.1f s)",
          name,
          precision(),
          recall(),
          f1(),
          truePositives,
          falsePositives,
          falseNegatives,
          utterances,
          100.0 * trace.taggedSentences() / Math.max(1, trace.sentences()),
          trace.sentences(),
          nanos / 1e9);
    }

    /** {@return the full report: summary, per tag, per type, tagger decisions, confusions} */
    String report(int confusions) {
      StringBuilder b = new StringBuilder();
      b.append("== ").append(summary()).append('\n');
      b.append("   per gold tag (n, predicted as question, rate):\n");
      byTag.entrySet().stream()
          .filter(e -> e.getValue()[0] >= 20 || e.getValue()[1] > 0)
          .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]))
          .forEach(
              e ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "     %-22s %6d %6d  %.3f%n",
                          e.getKey(),
                          e.getValue()[0],
                          e.getValue()[1],
                          ratio(e.getValue()[1], e.getValue()[0]))));
      b.append("   predicted question types: ").append(byType).append('\n');
      b.append("   tagger needed for: ").append(trace.decisions()).append('\n');
      b.append("   per rule (predicted questions, correct, precision):\n");
      byCue.entrySet().stream()
          .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]))
          .forEach(
              e ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "     %-44s %6d %6d  %.3f%n",
                          e.getKey(),
                          e.getValue()[0],
                          e.getValue()[1],
                          ratio(e.getValue()[1], e.getValue()[0]))));
      b.append("   top missed questions (gold tag | what was predicted):\n");
      top(missed, confusions).forEach(l -> b.append("     ").append(l).append('\n'));
      b.append("   top false questions (gold tag | predicted type and rule):\n");
      top(extra, confusions).forEach(l -> b.append("     ").append(l).append('\n'));
      return b.toString();
    }
  }

  private QuestionEvaluation() {}

  /**
   * Reads a corpus file.
   *
   * @param name the file name under {@code data/questions/}
   * @param tagColumn the column with the gold dialogue-act tag
   * @return its rows
   */
  static List<Row> read(String name, String tagColumn) {
    Path path = SharedData.resolve("questions/" + name);
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t", -1));
      int conversation = column(header, "conversation", path);
      int speaker = column(header, "speaker", path);
      int tag = column(header, tagColumn, path);
      int question = column(header, "is_question", path);
      int text = column(header, "text", path);
      List<Row> rows = new ArrayList<>(lines.size());
      for (int i = 1; i < lines.size(); i++) {
        String[] f = lines.get(i).split("\t", -1);
        if (f.length < header.size()) {
          throw new IllegalStateException(
              path + ":" + (i + 1) + ": expected " + header.size() + " columns, found " + f.length);
        }
        rows.add(
            new Row(
                f[conversation], f[speaker], unquote(f[tag]), f[question].equals("1"), f[text]));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static int column(List<String> header, String name, Path path) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException(path + " has no column " + name + "; header " + header);
    }
    return i;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  /**
   * Runs one annotator over a corpus.
   *
   * @param name the run's name
   * @param rows the corpus
   * @param annotator the annotator
   * @param transform applied to each utterance's text first (e.g. removing question marks)
   * @return the counts
   */
  static Result evaluate(
      String name, List<Row> rows, Annotator annotator, UnaryOperator<String> transform) {
    Result r = new Result(name);
    long start = System.nanoTime();
    int record = 0;
    for (Row row : rows) {
      record++;
      AnnotatedUtterance a =
          annotator.annotate(
              Utterance.of(record, row.speaker(), transform.apply(row.text())), r.trace);
      QuestionAnnotation decisive = QuestionAnnotation.NONE;
      for (Sentence s : a.sentences()) {
        if (s.isQuestion()) {
          decisive = s.question();
          break;
        }
        if (decisive.kind() == QuestionKind.NONE) {
          decisive = s.question();
        }
      }
      boolean predicted = decisive.isQuestion();
      r.utterances++;
      int[] counts = r.byTag.computeIfAbsent(row.tag(), t -> new int[2]);
      counts[0]++;
      if (predicted) {
        counts[1]++;
        r.byType.merge(decisive.type().orElseThrow().name(), 1, Integer::sum);
        int[] cue = r.byCue.computeIfAbsent(decisive.cue(), c -> new int[2]);
        cue[0]++;
        cue[1] += row.question() ? 1 : 0;
      }
      if (predicted && row.question()) {
        r.truePositives++;
      } else if (predicted) {
        r.falsePositives++;
        r.extra.merge(
            row.tag() + " | " + decisive.type().orElseThrow() + " [" + decisive.cue() + "]",
            1,
            Integer::sum);
      } else if (row.question()) {
        r.falseNegatives++;
        r.missed.merge(
            row.tag() + " | " + decisive.kind() + " [" + decisive.cue() + "]", 1, Integer::sum);
      }
    }
    r.nanos = System.nanoTime() - start;
    return r;
  }

  /** {@return the text with every question mark removed, as speech-to-text output often is} */
  static String withoutQuestionMarks(String text) {
    return text.replace("?", "");
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static List<String> top(Map<String, Integer> counts, int limit) {
    List<String> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> out.add(String.format(Locale.ROOT, "%5d  %s", e.getValue(), e.getKey())));
    return out;
  }

  /** The corpora and variants of the evaluation, in report order. */
  static Map<String, Result> runAll(boolean withBaselines) {
    List<Row> swda = read("swda-dev.tsv", "tag");
    List<Row> daily = read("dailydialog-validation.tsv", "act");
    Map<String, Result> results = new LinkedHashMap<>();
    results.put("swda", evaluate("Switchboard dev", swda, Annotator.standard(), t -> t));
    results.put(
        "swda-no-mark",
        evaluate(
            "Switchboard dev, no '?'",
            swda,
            Annotator.standard(),
            QuestionEvaluation::withoutQuestionMarks));
    results.put("daily", evaluate("DailyDialog validation", daily, Annotator.standard(), t -> t));
    if (withBaselines) {
      results.put(
          "swda-lexical",
          evaluate("Switchboard dev, lexical only", swda, Annotator.lexicalOnly(), t -> t));
      results.put(
          "swda-no-mark-lexical",
          evaluate(
              "Switchboard dev, no '?', lexical only",
              swda,
              Annotator.lexicalOnly(),
              QuestionEvaluation::withoutQuestionMarks));
      results.put(
          "daily-lexical",
          evaluate("DailyDialog validation, lexical only", daily, Annotator.lexicalOnly(), t -> t));
      results.put(
          "swda-all", evaluate("Switchboard dev, all models", swda, Annotator.allModels(), t -> t));
      results.put(
          "swda-no-mark-all",
          evaluate(
              "Switchboard dev, no '?', all models",
              swda,
              Annotator.allModels(),
              QuestionEvaluation::withoutQuestionMarks));
      results.put(
          "daily-all",
          evaluate("DailyDialog validation, all models", daily, Annotator.allModels(), t -> t));
    }
    return results;
  }

  /**
   * Prints the evaluation.
   *
   * @param args {@code --baselines} to add the lexical-only and all-models runs
   */
  public static void main(String[] args) {
    boolean baselines = List.of(args).contains("--baselines");
    Map<String, Result> results = runAll(baselines);
    for (Result r : results.values()) {
      System.out.println(r.report(15));
    }
    System.out.println("Summary");
    for (Result r : results.values()) {
      System.out.println("  " + r.summary());
    }
  }
}
