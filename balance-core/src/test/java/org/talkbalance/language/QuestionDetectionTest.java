package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talkbalance.language.QuestionKind.BACKCHANNEL;
import static org.talkbalance.language.QuestionKind.NONE;
import static org.talkbalance.language.QuestionKind.QUESTION;
import static org.talkbalance.language.QuestionKind.REPAIR;
import static org.talkbalance.language.QuestionKind.REQUEST;
import static org.talkbalance.language.QuestionKind.RHETORICAL;
import static org.talkbalance.language.QuestionType.ALTERNATIVE;
import static org.talkbalance.language.QuestionType.DECLARATIVE;
import static org.talkbalance.language.QuestionType.INDIRECT;
import static org.talkbalance.language.QuestionType.TAG;
import static org.talkbalance.language.QuestionType.WH;
import static org.talkbalance.language.QuestionType.YES_NO;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.transcript.Utterance;

/**
 * Hand-written sentences, tricky for question detection, with the expected reading. Written for
 * these tests; none is taken from the evaluation corpora.
 */
class QuestionDetectionTest {

  private static final Boolean OPEN = Boolean.TRUE;
  private static final Boolean CLOSED = Boolean.FALSE;

  static Stream<Arguments> sentences() {
    return Stream.of(
        // yes/no questions, with and without punctuation, any case
        question("Do you like your new job?", YES_NO, CLOSED),
        question("do you like your new job", YES_NO, CLOSED),
        question("Have you ever been to Lisbon", YES_NO, CLOSED),
        question("ARE YOU COMING TONIGHT", YES_NO, CLOSED),
        question("can we afford a bigger flat", YES_NO, CLOSED),
        question("Was there anyone at the door?", YES_NO, CLOSED),
        // the subject is a noun phrase: the tagger decides
        question("Did the plumber ever call back", YES_NO, CLOSED),
        question("is the bakery still open", YES_NO, CLOSED),
        question("did it work in the end", YES_NO, CLOSED),
        // auxiliary first but no inverted subject: subject left out, or an imperative
        none("Was a long drive, but worth it."),
        none("Could be worse."),
        none("Don't worry about it."),
        none("Have a seat."),
        none("Had a great time at the lake."),
        none("must be nice"),
        // wh-questions
        question("Where did you grow up?", WH, CLOSED),
        question("why did she leave", WH, OPEN),
        question("how was the concert", WH, OPEN),
        question("What kind of books do you read", WH, CLOSED),
        question("who called you last night", WH, CLOSED),
        question("what happened after that", WH, OPEN),
        question("How many siblings do you have?", WH, CLOSED),
        question("what do you think about the new manager", WH, OPEN),
        question("how come you never call", WH, OPEN),
        // wh-words that open statements
        none("When I was a kid, we lived near the sea."),
        none("What I meant was that I'm tired."),
        none("What a lovely garden."),
        none("where we lived there was a lake"),
        none("what's important is that nobody got hurt"),
        none("when the twins were small we hardly slept"),
        // disfluent speech
        question("uh, do you, um, do you have any kids", YES_NO, CLOSED),
        question("well, I mean, what, what do you think about it", WH, OPEN),
        question("so um is it is it far from here", YES_NO, CLOSED),
        question("you know, are you, uh, still working at the bakery", YES_NO, CLOSED),
        question("and, um, in your family did everybody cook", YES_NO, CLOSED),
        // tag questions
        question("It's cold in here, isn't it?", TAG, CLOSED),
        question("you've been there before, haven't you", TAG, CLOSED),
        question("That was the plan, right?", TAG, CLOSED),
        none("so do I"),
        none("That's all there is to it."),
        // alternative questions
        question("Do you want tea or coffee?", ALTERNATIVE, CLOSED),
        question("or would you rather stay home", ALTERNATIVE, CLOSED),
        question("Do you have a pen or something?", YES_NO, CLOSED),
        // declarative questions
        question("You moved to Denver?", DECLARATIVE, CLOSED),
        question("so you're a nurse", DECLARATIVE, CLOSED),
        question("you mean the guy from the bank", DECLARATIVE, CLOSED),
        none("so you have to be careful with those"),
        // indirect questions
        question("I was wondering whether you liked the film", INDIRECT, CLOSED),
        question("i don't know if you've ever been to Ohio", INDIRECT, CLOSED),
        question("Tell me about your trip.", INDIRECT, OPEN),
        question("can you tell me where the station is", INDIRECT, CLOSED),
        question("Can I ask what you paid for it?", INDIRECT, CLOSED),
        question("I'm curious how you two met", INDIRECT, OPEN),
        none("I wonder why the bus is always late."),
        // requests, offers and suggestions in question form
        kind("Could you pass the salt?", REQUEST),
        kind("would you mind closing the door", REQUEST),
        kind("Can you please send me the file", REQUEST),
        kind("Would you like some more tea?", REQUEST),
        kind("Shall we go?", REQUEST),
        kind("Why don't we take a break", REQUEST),
        kind("Can I borrow your pen?", REQUEST),
        kind("how about tomorrow at noon", REQUEST),
        kind("I was wondering if you could water my plants", REQUEST),
        // ability and perception: questions, not requests
        question("Can you swim?", YES_NO, CLOSED),
        question("Could you hear the thunder last night?", YES_NO, CLOSED),
        // backchannels, repairs and rhetorical forms
        kind("Really?", BACKCHANNEL),
        kind("oh, is that right?", BACKCHANNEL),
        kind("Oh, did you?", BACKCHANNEL),
        kind("you know?", BACKCHANNEL),
        kind("Pardon?", REPAIR),
        kind("huh?", REPAIR),
        kind("Who knows?", RHETORICAL),
        kind("what can you do", RHETORICAL),
        kind("guess what", RHETORICAL),
        // reported, not asked
        none("And he goes, do you want to dance"),
        none("then she was like, are you serious"),
        // contractions, curly apostrophes and pre-tokenized text
        question("Is there a bank near here ?", YES_NO, CLOSED),
        question("what 's your name ?", WH, CLOSED),
        question("Is n't that odd ?", YES_NO, CLOSED),
        question("Isn’t it lovely?", YES_NO, CLOSED),
        question("I do n't know if you ' ve met my sister .", INDIRECT, CLOSED),
        question("Well , that's too far.Are you sure ?", YES_NO, CLOSED),
        question("DON'T YOU THINK SO", YES_NO, CLOSED),
        // statements
        none("I think the movie was too long."),
        none("you know, it was fun"),
        none("Yeah."),
        none("[laughter]"),
        none(""));
  }

  static Stream<Arguments> supportQuestions() {
    return Stream.of(
        // about the hearer's state or needs
        Arguments.of("How are you feeling?", true),
        Arguments.of("is there anything I can do", true),
        Arguments.of("what do you need right now", true),
        Arguments.of("How can I help?", true),
        Arguments.of("are you okay", true),
        Arguments.of("what's wrong", true),
        Arguments.of("do you want to talk about it", true),
        // questions that are not about the hearer's state or needs
        Arguments.of("How do you feel about the new mayor?", false),
        Arguments.of("how are you", false),
        Arguments.of("do you need the car tomorrow", false),
        Arguments.of("What time is it?", false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sentences")
  void readsTheSentence(String text, QuestionKind kind, QuestionType type, Boolean open) {
    QuestionAnnotation a = annotate(text);
    assertEquals(kind, a.kind(), () -> "kind of '" + text + "' (cue: " + a.cue() + ")");
    assertEquals(Optional.ofNullable(type), a.type(), () -> "type of '" + text + "'");
    if (open != null) {
      assertEquals(open, a.open(), () -> "open '" + text + "'");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("sentences")
  void readsTheSameUnderATurkishLocale(String text, QuestionKind kind, QuestionType type) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      QuestionAnnotation a = annotate(text);
      assertEquals(kind, a.kind(), () -> "kind of '" + text + "' (cue: " + a.cue() + ")");
      assertEquals(Optional.ofNullable(type), a.type());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("supportQuestions")
  void recognisesSupportQuestions(String text, boolean support) {
    QuestionAnnotation a = annotate(text);
    assertTrue(a.isQuestion(), () -> "'" + text + "' is a question (cue: " + a.cue() + ")");
    assertEquals(support, a.support(), () -> "support '" + text + "'");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("afterOwnStatement")
  void readsABareTagAfterTheSpeakersOwnStatement(String text, QuestionKind kind) {
    AnnotatedUtterance u = Annotator.standard().annotate(Utterance.of(1, "Ann", text));
    Sentence last = u.sentences().get(u.sentences().size() - 1);
    assertEquals(kind, last.question().kind(), () -> "last sentence of '" + text + "'");
  }

  static Stream<Arguments> afterOwnStatement() {
    return Stream.of(
        // a reciprocal or tag question after the speaker's own statement
        Arguments.of("I love jazz. Do you?", QUESTION),
        Arguments.of("It's a long way. Isn't it?", QUESTION),
        Arguments.of("We'll meet at six. Okay?", QUESTION),
        // the same words reacting to the other speaker
        Arguments.of("Oh, do you?", BACKCHANNEL),
        Arguments.of("Is it?", BACKCHANNEL));
  }

  /** The reading of the utterance's first question sentence, or else of its first sentence. */
  private static QuestionAnnotation annotate(String text) {
    AnnotatedUtterance u = Annotator.standard().annotate(Utterance.of(1, "Ann", text));
    QuestionAnnotation first = QuestionAnnotation.NONE;
    for (Sentence s : u.sentences()) {
      if (s.isQuestion()) {
        return s.question();
      }
      if (first.kind() == NONE) {
        first = s.question();
      }
    }
    return first;
  }

  private static Arguments question(String text, QuestionType type, Boolean open) {
    return Arguments.of(text, QUESTION, type, open);
  }

  private static Arguments kind(String text, QuestionKind kind) {
    return Arguments.of(text, kind, null, null);
  }

  private static Arguments none(String text) {
    return Arguments.of(text, NONE, null, null);
  }
}
