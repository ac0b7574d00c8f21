package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.Utterance;

/** Timing figures checked against values worked out by hand. */
class TimingTest {

  private static final BalanceAnalyzer ANALYZER =
      BalanceAnalyzer.builder().bootstrapResamples(0).build();

  /** Rows of speaker, start seconds, end seconds (negative for none), text. */
  static Timing timing(Object... rows) {
    List<Utterance> utterances = new ArrayList<>();
    for (int i = 0; i < rows.length; i += 4) {
      double start = ((Number) rows[i + 1]).doubleValue();
      double end = ((Number) rows[i + 2]).doubleValue();
      utterances.add(new Utterance(i / 4 + 1, i / 4 + 1, "", (String) rows[i], (String) rows[i + 3],
          Optional.of(Duration.ofMillis(Math.round(start * 1000))),
          end < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(end * 1000)))));
    }
    return ANALYZER.analyze(new Transcript("t", utterances, List.of())).timing().orElseThrow();
  }

  @Test
  void speechTimingMatchesAHandCalculation() {
    Timing t = timing(
        "A", 0, 10, "a b c d e f g h i j",
        "B", 12, 15, "k l m",
        "A", 14, 20, "n o p q r s",
        "B", 19, 19.5, "yeah",
        "B", 22, 30, "t u v w");
    assertTrue(t.hasDurations());
    assertEquals(30, t.conversationSeconds(), 1e-9);
    assertEquals(27.5, t.speakingSeconds(), 1e-9);
    // covered: [0,10] + [12,20] + [22,30] = 26 of 30 seconds
    assertEquals(4 / 30.0, t.silenceShare(), 1e-9);
    assertEquals(1, t.interruptions());

    SpeakerTiming a = t.speakers().get(0);
    assertEquals("A", a.speaker());
    assertEquals(16, a.speakingSeconds(), 1e-9);
    assertEquals(16 / 27.5, a.speakingTimeShare(), 1e-9);
    assertEquals(16 / 30.0, a.conversationTimeShare(), 1e-9);
    assertEquals(10, a.longestMonologueSeconds(), 1e-9);
    assertEquals(60, a.wordsPerMinute(), 1e-9);
    assertEquals(1, a.responses());
    assertEquals(-1, a.medianLatencySeconds(), 1e-9);
    assertEquals(1, a.interruptions());
    assertEquals(1, a.overlapSeconds(), 1e-9);
    assertEquals(1, a.conversationsStarted());

    // B's "yeah" at 19 s is followed by more from B, so it opens B's second turn (19 to 30 s);
    // it overlaps A's turn (to 20 s) but a backchannel never interrupts
    SpeakerTiming b = t.speakers().get(1);
    assertEquals(11.5, b.speakingSeconds(), 1e-9);
    assertEquals(11, b.longestMonologueSeconds(), 1e-9);
    assertEquals(8 / (11.5 / 60), b.wordsPerMinute(), 1e-9);
    assertEquals(2, b.responses());
    // latencies 12 - 10 = 2 and 19 - 20 = -1
    assertEquals(0.5, b.medianLatencySeconds(), 1e-9);
    assertEquals(0, b.interruptions());
    assertEquals(0, b.conversationsStarted());
  }

  @Test
  void chatTimingUsesStartsAndCountsConversationStarters() {
    Timing t = timing(
        "A", 0, -1, "are you up",
        "B", 60, -1, "yes what's going on",
        "A", 4000, -1, "sorry fell asleep, morning",
        "B", 4030, -1, "morning you");
    assertFalse(t.hasDurations());
    assertEquals(4030, t.conversationSeconds(), 1e-9);
    assertEquals(0, t.silenceShare());
    SpeakerTiming a = t.speakers().get(0);
    SpeakerTiming b = t.speakers().get(1);
    assertEquals(2, a.conversationsStarted());
    assertEquals(0, b.conversationsStarted());
    assertEquals(3940, a.medianLatencySeconds(), 1e-9);
    assertEquals(45, b.medianLatencySeconds(), 1e-9);
    assertEquals(57, b.p90LatencySeconds(), 1e-9);
    assertEquals(0, t.interruptions());
  }

  @Test
  void untimedTranscriptsHaveNoTiming() {
    Transcript t = new Transcript("t", List.of(Utterance.of(1, "A", "hi"),
        Utterance.of(2, "B", "hello")), List.of());
    assertTrue(ANALYZER.analyze(t).timing().isEmpty());
  }
}
