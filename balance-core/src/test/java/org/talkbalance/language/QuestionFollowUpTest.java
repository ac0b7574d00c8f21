package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.transcript.Utterance;

class QuestionFollowUpTest {

  static Stream<Arguments> turns() {
    return Stream.of(
        // a content word of the previous turn comes back
        Arguments.of("I finally got a puppy last week.", "What breed are the puppies?", true),
        Arguments.of("We moved out of the city.", "why did you move", true),
        Arguments.of(
            "My sister is getting married in June.",
            "Is the wedding in Spain? When in June?",
            true),
        // a short question points back with an anaphor or is elliptical
        Arguments.of("The car broke down on the highway.", "What happened then?", true),
        Arguments.of("I quit my job.", "Why?", true),
        Arguments.of("I had the interview on Monday.", "How did it go?", true),
        Arguments.of("I'm not going to the party.", "how come", true),
        // a new topic
        Arguments.of("I finally got a puppy last week.", "Do you want some coffee?", false),
        Arguments.of(
            "The car broke down on the highway.",
            "What time is your flight tomorrow morning?",
            false),
        // not a question
        Arguments.of("I quit my job.", "That's brave.", false));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1}")
  @MethodSource("turns")
  void picksUpThePreviousTurn(String previous, String question, boolean expected) {
    List<Sentence> previousTurn = sentences(previous);
    boolean followUp = false;
    for (Sentence s : sentences(question)) {
      followUp |= QuestionFollowUp.isFollowUp(s, previousTurn);
    }
    assertEquals(expected, followUp);
  }

  @Test
  void aFirstQuestionHasNothingToFollowUp() {
    Sentence question = sentences("What happened then?").get(0);
    assertEquals(false, QuestionFollowUp.isFollowUp(question, List.of()));
  }

  @Test
  void explainsTheCue() {
    Sentence question = sentences("What breed is the puppy?").get(0);
    assertEquals(
        "picks up 'puppy'",
        QuestionFollowUp.cue(question, sentences("We got a puppy.")).orElseThrow());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> QuestionFollowUp.cue(null, List.of()));
  }

  @Test
  void stemsRegularInflections() {
    assertEquals(QuestionFollowUp.stem("puppy"), QuestionFollowUp.stem("puppies"));
    assertEquals(QuestionFollowUp.stem("move"), QuestionFollowUp.stem("moved"));
    assertEquals(QuestionFollowUp.stem("move"), QuestionFollowUp.stem("moving"));
    assertEquals(QuestionFollowUp.stem("church"), QuestionFollowUp.stem("churches"));
  }

  private static List<Sentence> sentences(String text) {
    return new ArrayList<>(Annotator.standard().annotate(Utterance.of(1, "A", text)).sentences());
  }
}
