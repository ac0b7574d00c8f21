package org.talkbalance.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.Utterance;

/** Properties every talk-share result must have, over generated conversations. */
class TalkSharePropertiesTest {

  private static final BalanceAnalyzer ANALYZER =
      BalanceAnalyzer.builder().bootstrapResamples(50).build();
  private static final List<String> VOCABULARY =
      List.of("yeah", "I", "think", "we", "should", "um", "go", "right", "really", "okay",
          "tomorrow", "mm-hmm", "{vocalsound}", "because", "it's", "fine", ".", "?");

  @Provide
  Arbitrary<List<Utterance>> conversations() {
    Arbitrary<Utterance> utterance = Combinators.combine(
        Arbitraries.integers().between(0, 3),
        Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(12))
        .as((speaker, words) -> Utterance.of(1, "S" + speaker, String.join(" ", words)));
    return utterance.list().ofMinSize(1).ofMaxSize(40).map(TalkSharePropertiesTest::renumber);
  }

  private static List<Utterance> renumber(List<Utterance> in) {
    List<Utterance> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      out.add(in.get(i).withRecord(i + 1));
    }
    return out;
  }

  private static TalkShare analyze(List<Utterance> utterances) {
    return ANALYZER.analyze(new Transcript("generated", utterances, List.of())).talkShare();
  }

  @Property(tries = 300)
  void sharesSumToOne(@ForAll("conversations") List<Utterance> utterances) {
    TalkShare t = analyze(utterances);
    double words = t.speakers().stream().mapToDouble(SpeakerTalk::wordShare).sum();
    double turns = t.speakers().stream().mapToDouble(SpeakerTalk::turnShare).sum();
    assertEquals(t.totalWords() == 0 ? 0 : 1, words, 1e-9);
    assertEquals(t.totalTurns() == 0 ? 0 : 1, turns, 1e-9);
    assertEquals(t.totalWords(), t.speakers().stream().mapToInt(SpeakerTalk::words).sum());
  }

  @Property(tries = 300)
  void renamingOrSwappingSpeakersChangesNoFigure(
      @ForAll("conversations") List<Utterance> utterances) {
    // a permutation of the existing names (S0 -> S2, S1 -> S0, ...) plus wholly new names
    Map<String, String> rename = new HashMap<>(Map.of(
        "S0", "S2", "S1", "Zoë Q.", "S2", "S0", "S3", "Dr. İlker"));
    List<Utterance> renamed = utterances.stream()
        .map(u -> u.withSpeaker(rename.get(u.speaker()))).toList();
    TalkShare before = analyze(utterances);
    TalkShare after = analyze(renamed);
    assertEquals(before.balance(), after.balance());
    assertEquals(before.gini(), after.gini());
    assertEquals(before.dominance(), after.dominance());
    assertEquals(before.switchesPer100Words(), after.switchesPer100Words());
    assertEquals(before.totalTurns(), after.totalTurns());
    for (SpeakerTalk s : before.speakers()) {
      SpeakerTalk r = after.speaker(rename.get(s.speaker())).orElseThrow();
      assertEquals(s, new SpeakerTalk(s.speaker(), r.words(), r.wordShare(),
          r.wordShareInterval(), r.turns(), r.turnShare(), r.utterances(),
          r.longestMonologueWords(), r.meanTurnWords(), r.backchannels(), r.fillers()));
    }
  }
}
