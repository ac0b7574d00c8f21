package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.talkbalance.language.SupportKind.EMPATHY;
import static org.talkbalance.language.SupportKind.OFFER;
import static org.talkbalance.language.SupportKind.QUESTION;
import static org.talkbalance.language.SupportKind.REASSURANCE;
import static org.talkbalance.language.SupportKind.VALIDATION;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written sentences (not from any corpus) for {@link SupportDetector}. */
class SupportDetectorTest {

  private final SupportDetector detector = SupportDetector.standard();

  static Stream<Arguments> sentences() {
    return Stream.of(
        // empathy
        arguments("That sounds really hard.", List.of(EMPATHY)),
        arguments("that sounds so so tough", List.of(EMPATHY)),
        arguments("I'm so sorry you're going through this.", List.of(EMPATHY)),
        arguments("Sorry to hear about your dad.", List.of(EMPATHY)),
        arguments("That must have been terrifying.", List.of(EMPATHY)),
        arguments("I'm sorry.", List.of(EMPATHY)),
        // validation
        arguments("It makes sense you feel that way.", List.of(VALIDATION)),
        arguments("It's not your fault.", List.of(VALIDATION)),
        arguments("Your feelings are valid.", List.of(VALIDATION)),
        // reassurance
        arguments("You're not alone.", List.of(REASSURANCE)),
        arguments("youre not alone", List.of(REASSURANCE)),
        arguments("I'm here for you.", List.of(REASSURANCE)),
        arguments("It's going to be okay.", List.of(REASSURANCE)),
        arguments("Hang in there.", List.of(REASSURANCE)),
        arguments("Feel better soon!", List.of(REASSURANCE)),
        // offers of help
        arguments("Let me know if you need anything.", List.of(OFFER)),
        arguments("If you ever want to talk, my door is always open.", List.of(OFFER, OFFER)),
        arguments("Do you want me to come over?", List.of(OFFER)),
        // support questions
        arguments("How are you feeling?", List.of(QUESTION)),
        arguments("What do you need?", List.of(QUESTION)),
        arguments("How can I help?", List.of(QUESTION)),
        arguments("Is there anything I can do?", List.of(QUESTION)),
        // several acts in one sentence
        arguments("That sounds awful, I'm here for you.", List.of(EMPATHY, REASSURANCE)),
        // not support
        arguments("The film was long.", List.of()),
        arguments("I'm sorry I'm late.", List.of()),
        arguments("How are the kids?", List.of()),
        arguments("That sounds like a plan.", List.of()),
        arguments("I'm here at the station.", List.of()),
        arguments("They want me to work on Sunday.", List.of()),
        arguments("", List.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sentences")
  void kinds(String sentence, List<SupportKind> kinds) {
    List<SupportAct> acts = detector.detect(sentence);
    assertEquals(kinds, acts.stream().map(SupportAct::kind).toList(), acts::toString);
  }

  @Test
  void evidenceIsTheWordsAsWritten() {
    assertEquals(
        List.of(new SupportAct(EMPATHY, "That sounds really hard")),
        detector.detect("That sounds really hard."));
  }
}
