package org.talkbalance.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.transcript.Utterance;

class AnnotatorTest {

  static Stream<Arguments> counts() {
    return Stream.of(
        // words, fillers and backchannels as before question detection existed
        Arguments.of("Mm-hmm.", 1, 1, 0, true),
        Arguments.of("Yeah, I see.", 1, 3, 0, true),
        Arguments.of("Uh, do you, um, have kids?", 1, 6, 2, false),
        Arguments.of("Good morning , sir . Is there a bank near here ?", 2, 9, 0, false),
        Arguments.of(
            "{vocalsound} So what do we do now? [laughter] I have no idea.", 2, 10, 0, false),
        Arguments.of("[laughter]", 0, 0, 0, false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("counts")
  void countsSentencesWordsFillersAndBackchannels(
      String text, int sentences, int words, int fillers, boolean backchannel) {
    AnnotatedUtterance a = Annotator.standard().annotate(Utterance.of(1, "Bob", text));
    assertEquals(sentences, a.sentences().size(), "sentences");
    assertEquals(words, a.words(), "words");
    assertEquals(fillers, a.fillers(), "fillers");
    assertEquals(backchannel, a.backchannel(), "backchannel");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("counts")
  void theAllModelsAnnotatorCountsTheSameWords(
      String text, int sentences, int words, int fillers, boolean backchannel) {
    AnnotatedUtterance a = Annotator.allModels().annotate(Utterance.of(1, "Bob", text));
    assertEquals(words, a.words(), "words");
    assertEquals(fillers, a.fillers(), "fillers");
    assertEquals(backchannel, a.backchannel(), "backchannel");
  }

  @Test
  void annotatesEachSentencesQuestion() {
    AnnotatedUtterance a =
        Annotator.standard()
            .annotate(Utterance.of(1, "Ann", "I got the job. How are you feeling about the move?"));
    assertFalse(a.sentences().get(0).isQuestion());
    Sentence second = a.sentences().get(1);
    assertTrue(second.isQuestion());
    assertEquals(Optional.of(QuestionType.WH), second.question().type());
    assertTrue(second.question().open());
  }

  @Test
  void oneAnnotatorServesManyThreadsWithTheSerialResults() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(
          i % 4 == 0
              ? "did the plumber call back " + i
              : i % 4 == 1
                  ? "what people say " + i + " is wrong"
                  : i % 4 == 2 ? "Is the store open on day " + i + "?" : "I think so, " + i + ".");
    }
    Annotator annotator = Annotator.standard();
    List<AnnotatedUtterance> serial = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      serial.add(annotator.annotate(Utterance.of(i + 1, "A", texts.get(i))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedUtterance>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        Utterance u = Utterance.of(i + 1, "A", texts.get(i));
        futures.add(pool.submit(() -> annotator.annotate(u)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertEquals(serial.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sentenceValidatesItsFields() {
    assertThrows(IllegalArgumentException.class, () -> new Sentence("x", -1));
    assertThrows(NullPointerException.class, () -> new Sentence("x", 1, null));
    QuestionAnnotation question = QuestionAnnotation.question(QuestionType.WH, true, false, "t");
    assertThrows(IllegalArgumentException.class, () -> new Sentence("", 0, question));
    assertEquals(QuestionAnnotation.NONE, new Sentence("ok", 1).question());
  }

  @Test
  void questionAnnotationValidatesItsFields() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuestionAnnotation(QuestionKind.QUESTION, Optional.empty(), false, false, "c"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuestionAnnotation(
                QuestionKind.REQUEST, Optional.of(QuestionType.YES_NO), false, false, "c"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuestionAnnotation(QuestionKind.NONE, Optional.empty(), true, false, "c"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuestionAnnotation(QuestionKind.BACKCHANNEL, Optional.empty(), false, true, "c"));
    QuestionAnnotation closed = QuestionAnnotation.question(QuestionType.YES_NO, false, false, "c");
    assertTrue(closed.isClosed());
    assertFalse(QuestionAnnotation.NONE.isClosed());
  }
}
