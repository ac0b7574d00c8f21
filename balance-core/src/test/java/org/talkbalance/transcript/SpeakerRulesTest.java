package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Speaker aliases, exclusion and anonymization, and the counts that follow them. */
class SpeakerRulesTest {

  private static final Transcript CHAT =
      new Transcript(
          "chat.txt",
          List.of(
              Utterance.of(1, "mum", "did you eat?"),
              Utterance.of(2, "Sam", "yes mum"),
              Utterance.of(3, "Mother", "what did you eat?"),
              Utterance.of(4, "Meta AI", "Here are some recipes"),
              Utterance.of(5, "Sam ", "pasta")),
          List.of(),
          new ExcludedMessages(
              List.of(new SenderCount("mum", 2), new SenderCount("Meta AI", 1)),
              List.of(new SenderCount("Slackbot", 3)),
              4));

  @Test
  void aliasesMergeSpeakersAndTheirMedia() {
    Transcript t = SpeakerRules.none().withAlias("mum=Mom").withAlias("MOTHER", "Mom").apply(CHAT);
    assertEquals(List.of("Mom", "Sam", "Meta AI"), t.speakers());
    assertEquals(2, t.excluded().mediaOf("Mom"));
    assertEquals(List.of(1, 2, 3, 4, 5), t.utterances().stream().map(Utterance::record).toList());
  }

  @Test
  void excludedSendersBecomeBotCountsAndLeaveGapsInRecords() {
    Transcript t = SpeakerRules.none().withExcluded("meta ai").apply(CHAT);
    assertEquals(List.of(1, 2, 3, 5), t.utterances().stream().map(Utterance::record).toList());
    assertEquals(2, t.excluded().botsOf("Meta AI"), "one utterance and one media message");
    assertEquals(3, t.excluded().botsOf("Slackbot"));
    assertEquals(0, t.excluded().mediaOf("Meta AI"));
    assertEquals(4, t.excluded().system());
    assertEquals(CHAT.excluded().total() + 1, t.excluded().total());
  }

  @Test
  void anonymizationNumbersSpeakersInOrderOfAppearance() {
    Transcript t =
        SpeakerRules.none().withAlias("Mother=mum").withExcluded("Meta AI").anonymized().apply(CHAT);
    assertEquals(List.of("Speaker 1", "Speaker 2"), t.speakers());
    assertEquals(2, t.excluded().mediaOf("Speaker 1"));
    assertEquals(List.of(new SenderCount("Slackbot", 3).messages(), 2),
        t.excluded().bots().stream().map(SenderCount::messages).toList());
    assertEquals(List.of("Bot 1", "Bot 2"), t.excluded().bots().stream().map(SenderCount::sender).toList());
  }

  @Test
  void noRulesChangeNothing() {
    assertEquals(CHAT.utterances().stream().map(u -> u.speaker().strip()).toList(),
        SpeakerRules.none().apply(CHAT).utterances().stream().map(Utterance::speaker).toList());
  }

  static Stream<Arguments> badMappings() {
    return Stream.of(
        Arguments.of("no equals sign", IllegalArgumentException.class),
        Arguments.of("=Mom", IllegalArgumentException.class),
        Arguments.of("mum=", IllegalArgumentException.class),
        Arguments.of(" = ", IllegalArgumentException.class));
  }

  @ParameterizedTest
  @MethodSource("badMappings")
  void malformedMappingsAreRejected(String mapping, Class<? extends Throwable> error) {
    assertThrows(error, () -> SpeakerRules.none().withAlias(mapping));
  }

  @Test
  void aSecondDifferentTargetForOneAliasIsAnError() {
    SpeakerRules rules = SpeakerRules.none().withAlias("mum=Mom");
    assertEquals("Mom", rules.withAlias("Mum=Mom").canonicalName("MUM"));
    assertThrows(IllegalStateException.class, () -> rules.withAlias("mum=Mother"));
    assertThrows(IllegalStateException.class, () -> rules.anonymized().anonymized());
    assertThrows(NullPointerException.class, () -> rules.withExcluded(null));
  }

  @Test
  void excludedCountsAddUp() {
    ExcludedMessages a = new ExcludedMessages(List.of(new SenderCount("A", 1)), List.of(), 2);
    ExcludedMessages b =
        new ExcludedMessages(
            List.of(new SenderCount("B", 2), new SenderCount("A", 3)), List.of(new SenderCount("bot", 1)), 1);
    ExcludedMessages sum = a.plus(b);
    assertEquals(4, sum.mediaOf("A"));
    assertEquals(2, sum.mediaOf("B"));
    assertEquals(3, sum.system());
    assertEquals(10, sum.total());
    assertEquals(sum, ExcludedMessages.none().plus(sum));
    assertEquals(6, sum.withSendersRenamed(s -> "X").mediaOf("X"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ExcludedMessages(List.of(new SenderCount("A", 1), new SenderCount("A", 1)), List.of(), 0));
  }
}
