package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkbalance.language.DisclosureEvaluation.Corpus;
import org.talkbalance.language.DisclosureEvaluation.Scores;

/**
 * Scores the disclosure detector against the OffMyChest training split and prints the figures
 * (also written to {@code balance-core/target/disclosure-evaluation.txt}). Rerun with:
 *
 * <pre>
 * ./mvnw -q -pl balance-core verify -Dtest=DisclosureEvaluationTest
 * </pre>
 *
 * <p>The data lives outside the project; without it the class is skipped, unless it is required
 * (CI, or {@code -Dtalkbalance.shared=DIR}); see {@link org.talkbalance.SharedData}.
 *
 * <p>The floors below guard against regressions of the detector as it stands. Issue 4 asks for
 * disclosure F1 ≥ 0.75 and emotional F1 ≥ 0.60 on this file; these are not asserted because
 * nothing lexical reaches them on these labels: predicting every sentence a disclosure gives
 * 0.69 and 0.47, and a bag-of-words classifier trained on the file itself with an oracle
 * threshold gives about 0.70 and 0.52 (both printed by this test). The crowd labels also count
 * what DESIGN.md rules out (opinions about the world, sympathy, other people's feelings), so a
 * detector of DESIGN.md's definition trades recall for precision here.
 */
class DisclosureEvaluationTest {

  /** DESIGN.md's figures for the first-person baseline on this file. */
  private static final double DESIGN_BASELINE_DISCLOSURE_F1 = 0.64;

  private static final double DESIGN_BASELINE_EMOTIONAL_F1 = 0.48;

  private static Corpus corpus;

  @BeforeAll
  static void load() {
    corpus = DisclosureEvaluation.load(DisclosureEvaluation.corpusFile());
  }

  @Test
  void readsTheDocumentedSentences() {
    assertEquals(12_706, corpus.rows().size(), "sentences in data/README.md");
    assertEquals(6_745, corpus.rows().stream().filter(DisclosureEvaluation.Row::disclosure).count());
    assertEquals(3_906, corpus.rows().stream().filter(DisclosureEvaluation.Row::emotional).count());
  }

  @Test
  void reproducesTheBaselineOfDesign() {
    Scores baseline =
        DisclosureEvaluation.score(corpus.rows(), DisclosureEvaluation::firstPersonBaseline);
    assertEquals(DESIGN_BASELINE_DISCLOSURE_F1, baseline.disclosure().f1(), 0.005);
    assertEquals(DESIGN_BASELINE_EMOTIONAL_F1, baseline.emotional().f1(), 0.005);
  }

  @Test
  void detectorFigures() throws IOException {
    Scores detector = DisclosureEvaluation.score(corpus.rows(), DisclosureEvaluation::detector);
    Scores baseline =
        DisclosureEvaluation.score(corpus.rows(), DisclosureEvaluation::firstPersonBaseline);
    Scores everything = DisclosureEvaluation.score(corpus.rows(), DisclosureEvaluation::everything);
    double[] ceiling = DisclosureEvaluation.bagOfWordsCeiling(corpus.rows());
    String report =
        String.join(
            System.lineSeparator(),
            "Self-disclosure on " + DisclosureEvaluation.FILE + ": " + corpus.rows().size()
                + " sentences (" + corpus.upstreamLayoutLines()
                + " lines in the upstream 9-column layout left out)",
            String.format(Locale.ROOT, "%-34s %-17s   %-17s   %-17s", "", "disclosure",
                "emotional", "informational"),
            String.format(Locale.ROOT, "%-34s %-17s   %-17s   %-17s", "", "P     R     F1",
                "P     R     F1", "P     R     F1"),
            detector.row("DisclosureDetector"),
            baseline.row("baseline: first-person pronoun"),
            everything.row("reference: every sentence"),
            String.format(Locale.ROOT,
                "reference: bag-of-words NB fit to this file, 5-fold CV, oracle threshold:"
                    + " disclosure F1 %.3f, emotional F1 %.3f", ceiling[0], ceiling[1]),
            "");
    System.out.println(report);
    Path out = Path.of("target", "disclosure-evaluation.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);

    // regression floors of the detector as it stands (see the class comment for issue 4's floors)
    assertTrue(detector.disclosure().f1() >= 0.62, () -> "disclosure F1\n" + report);
    assertTrue(detector.disclosure().precision() >= 0.70, () -> "disclosure precision\n" + report);
    assertTrue(detector.emotional().precision() >= 0.62, () -> "emotional precision\n" + report);
    assertTrue(
        detector.disclosure().precision() > baseline.disclosure().precision()
            && detector.emotional().precision() > baseline.emotional().precision(),
        () -> "the detector should be more precise than the baseline\n" + report);
  }
}
