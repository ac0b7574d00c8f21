package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.BalanceReport;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.Utterance;

/** Talk-share figures checked against values worked out by hand. */
class TalkShareTest {

  static Transcript transcript(String... speakerAndText) {
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < speakerAndText.length; i += 2) {
      utterances.add(Utterance.of(i / 2 + 1, speakerAndText[i], speakerAndText[i + 1]));
    }
    return new Transcript("test", utterances, List.of());
  }

  static TalkShare talk(boolean merge, String... speakerAndText) {
    BalanceReport report = BalanceAnalyzer.builder().mergeTurns(merge).bootstrapResamples(200)
        .build().analyze(transcript(speakerAndText));
    return report.talkShare();
  }

  @Test
  void figuresMatchAHandCalculation() {
    TalkShare t = talk(true,
        "A", "one two three four five six",
        "B", "yeah",
        "A", "seven eight",
        "B", "I see what you mean now",
        "A", "okay");
    SpeakerTalk a = t.speaker("A").orElseThrow();
    SpeakerTalk b = t.speaker("B").orElseThrow();
    // A: 6 + 2 words in one turn, plus a trailing backchannel "okay"; B: "yeah" and one turn of 6
    assertEquals(9, a.words());
    assertEquals(7, b.words());
    assertEquals(16, t.totalWords());
    assertEquals(2, t.totalTurns());
    assertEquals(1, a.turns());
    assertEquals(1, b.turns());
    assertEquals(1, a.backchannels());
    assertEquals(1, b.backchannels());
    assertEquals(3, a.utterances());
    assertEquals(2, b.utterances());
    assertEquals(8, a.longestMonologueWords());
    assertEquals(6, b.longestMonologueWords());
    assertEquals(8.0, a.meanTurnWords(), 1e-12);
    assertEquals(9 / 16.0, a.wordShare(), 1e-12);
    assertEquals(0.5, a.turnShare(), 1e-12);
    // H = -(9/16 ln 9/16 + 7/16 ln 7/16) / ln 2
    double h = -(9 / 16.0 * Math.log(9 / 16.0) + 7 / 16.0 * Math.log(7 / 16.0)) / Math.log(2);
    assertEquals(h, t.balance(), 1e-12);
    assertEquals(0.988699, t.balance(), 1e-6);
    // Gini: sum of |xi - xj| over ordered pairs = 4; 2 n^2 mean = 2 * 4 * 8 = 64
    assertEquals(4 / 64.0, t.gini(), 1e-12);
    assertEquals(9 / 16.0, t.dominance(), 1e-12);
    assertEquals("56:44", t.twoParty().orElseThrow().ratio());
    assertEquals("A", t.twoParty().orElseThrow().larger());
    assertEquals(9 / 16.0, t.twoParty().orElseThrow().balanceScore(), 1e-12);
    // one switch (A to B) in 16 words
    assertEquals(100 / 16.0, t.switchesPer100Words(), 1e-12);
  }

  @Test
  void intervalBracketsTheObservedShare() {
    TalkShare t = talk(true, "A", "a b c d", "B", "e f", "A", "g h i", "B", "j k l m n");
    for (SpeakerTalk s : t.speakers()) {
      assertTrue(s.wordShareInterval().low() <= s.wordShare());
      assertTrue(s.wordShareInterval().high() >= s.wordShare());
      assertEquals(0.95, s.wordShareInterval().level());
    }
  }

  @Test
  void bootstrapIsReproducibleWithTheSameSeed() {
    Transcript t = transcript("A", "a b c d", "B", "e f", "A", "g h i", "B", "j k l m n o");
    BalanceAnalyzer analyzer = BalanceAnalyzer.builder().seed(7).build();
    assertEquals(analyzer.analyze(t), analyzer.analyze(t));
  }

  @Test
  void backchannelThenMoreFromTheSameSpeakerOpensTheirTurn() {
    TalkShare t = talk(true, "A", "I was thinking about the trip",
        "B", "yeah", "B", "I think we should go in May", "A", "okay sounds good to me then");
    SpeakerTalk b = t.speaker("B").orElseThrow();
    assertEquals(0, b.backchannels());
    assertEquals(1, b.turns());
    assertEquals(8, b.longestMonologueWords()); // "yeah" + 7 words
    assertEquals(3, t.totalTurns());
  }

  @Test
  void withoutMergingEveryUtteranceIsATurnButBackchannelsStaySeparate() {
    TalkShare t = talk(false, "A", "one two", "A", "three", "B", "mm-hmm", "A", "four five six");
    SpeakerTalk a = t.speaker("A").orElseThrow();
    assertEquals(3, a.turns());
    assertEquals(3, a.longestMonologueWords());
    assertEquals(1, t.speaker("B").orElseThrow().backchannels());
    assertEquals(0, t.speaker("B").orElseThrow().turns());
  }

  @Test
  void markupAndFillersAreHandledAsDesigned() {
    TalkShare t = talk(true, "A", "So {disfmarker} um [laughter] I think <i>so</i> (laughs) .",
        "B", "Mm - hmm .");
    SpeakerTalk a = t.speaker("A").orElseThrow();
    // So, um, I, think, so: markup and the stage direction are not words; "um" is a word and a filler
    assertEquals(5, a.words());
    assertEquals(1, a.fillers());
    assertEquals(1, t.speaker("B").orElseThrow().backchannels());
  }

  @Test
  void oneSpeakerHasNoBalanceButDoesNotFail() {
    TalkShare t = talk(true, "A", "talking to myself", "A", "again");
    assertTrue(Double.isNaN(t.balance()));
    assertEquals(0, t.gini());
    assertEquals(1.0, t.dominance());
    assertFalse(t.twoParty().isPresent());
    assertEquals(0, t.switchesPer100Words());
  }

  @Test
  void exactlyEqualSplitIsBalanced() {
    TalkShare t = talk(true, "A", "a b", "B", "c d");
    assertEquals(1.0, t.balance(), 1e-12);
    assertEquals(0.0, t.gini(), 1e-12);
    assertEquals("50:50", t.twoParty().orElseThrow().ratio());
  }
}
