package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talkbalance.BalanceAnalyzer;

/** Disclosure, support and reciprocity figures on a small conversation, checked by hand. */
class DisclosureMetricsTest {

  static Disclosures disclosures(int window, String... speakerAndText) {
    return BalanceAnalyzer.builder().bootstrapResamples(0).reciprocityWindowTurns(window).build()
        .analyze(TalkShareTest.transcript(speakerAndText)).disclosures();
  }

  private static final String[] TALK = {
    "A", "I feel so lonely lately.",              // turn 0: emotional, negative
    "B", "That sounds really hard.",              // turn 1: support, no disclosure
    "A", "The film was long.",                    // turn 2: nothing
    "B", "I work nights at the hospital.",        // turn 3: informational
    "A", "I work nights at the bakery.",          // turn 4: informational, returns B's
    "B", "The film was long."                     // turn 5: nothing
  };

  @Test
  void countsRatesDepthAndLoadBalance() {
    Disclosures d = disclosures(2, TALK);
    SpeakerDisclosure a = d.speaker("A").orElseThrow();
    SpeakerDisclosure b = d.speaker("B").orElseThrow();
    assertEquals(3, a.sentences());
    assertEquals(2, a.disclosures());
    assertEquals(1, a.emotional());
    assertEquals(1, a.negativeEmotional());
    assertEquals(1, a.informational());
    assertEquals(1, b.disclosures());
    assertEquals(1, b.supportActs());
    assertEquals(3, d.total());
    assertEquals(2 / 3.0, a.disclosureRate(), 1e-12);
    assertEquals(1 / 3.0, a.emotionalRate(), 1e-12);
    // depths 3 + 0 + 1 over three sentences; B: 0 + 1 + 0
    assertEquals(4 / 3.0, a.meanDepth(), 1e-12);
    assertEquals(1 / 3.0, b.meanDepth(), 1e-12);
    assertEquals(2 / 3.0, a.share(), 1e-12);
    // A holds all the negative feelings, B gave all the support
    assertEquals(1.0, a.emotionalLoadBalance(), 1e-12);
    assertEquals(-1.0, b.emotionalLoadBalance(), 1e-12);
  }

  @Test
  void reciprocityComparesReturnedDisclosureWithHabit() {
    Disclosures d = disclosures(2, TALK);
    // A disclosed in turns 0 and 4; B's turns 1 and 5 follow without disclosure
    Reciprocity ab = d.reciprocity("A", "B").orElseThrow();
    assertEquals(2, ab.opportunities());
    assertEquals(0, ab.returned());
    assertEquals(1 / 3.0, ab.baseRate(), 1e-12);
    assertEquals(-1 / 3.0, ab.reciprocity(), 1e-12);
    // B disclosed in turn 3 and A returned it in turn 4
    Reciprocity ba = d.reciprocity("B", "A").orElseThrow();
    assertEquals(1, ba.opportunities());
    assertEquals(1, ba.returned());
    assertEquals(2 / 3.0, ba.baseRate(), 1e-12);
    assertEquals(1 / 3.0, ba.reciprocity(), 1e-12);
  }

  @Test
  void aWiderWindowSeesLaterReplies() {
    // with k = 3, A's turn-0 disclosure window reaches B's turn 3, which discloses
    Reciprocity ab = disclosures(3, TALK).reciprocity("A", "B").orElseThrow();
    assertEquals(2, ab.opportunities());
    assertEquals(1, ab.returned());
  }

  @Test
  void nothingPersonalGivesNoReciprocityRate() {
    Disclosures d = disclosures(2, "A", "The film was long.", "B", "The bus was late again.");
    assertEquals(0, d.total());
    assertTrue(Double.isNaN(d.reciprocity("A", "B").orElseThrow().reciprocity()));
  }
}
