package org.talkbalance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpModelsTest {

  @Test
  void detectsSentences() {
    assertEquals(
        List.of("Hi there.", "Is there a bank near here?"),
        OpenNlpModels.sentences("Hi there. Is there a bank near here?"));
  }

  @Test
  void tokenizesAndTags() {
    List<String> tokens = OpenNlpModels.tokens("Is the store open?");
    assertEquals(List.of("Is", "the", "store", "open", "?"), tokens);
    List<String> tags = OpenNlpModels.partsOfSpeech(tokens);
    assertEquals(List.of("AUX", "DET", "NOUN", "ADJ", "PUNCT"), tags);
    assertEquals(List.of(), OpenNlpModels.partsOfSpeech(List.of()));
  }

  @Test
  void aMissingModelNamesTheMavenArtifact() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> OpenNlpModels.load("no-such-model.bin", "org.example:models-xx:9.9", in -> "x"));
    assertTrue(e.getMessage().contains("org.example:models-xx:9.9"), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-model.bin"), e.getMessage());
  }

  @Test
  void anUnreadableModelIsReportedWithItsArtifact() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                OpenNlpModels.load(
                    OpenNlpModels.POS_MODEL,
                    "org.example:pos:1",
                    in -> {
                      throw new IOException("corrupt");
                    }));
    assertTrue(e.getMessage().contains("org.example:pos:1"), e.getMessage());
  }

  @Test
  void eachThreadTagsWithItsOwnTagger() throws Exception {
    List<String> tokens = List.of("Did", "the", "plumber", "call", "back", "?");
    List<String> expected = OpenNlpModels.partsOfSpeech(tokens);
    Thread[] threads = new Thread[4];
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  if (!expected.equals(OpenNlpModels.partsOfSpeech(tokens))) {
                    failures.add(new AssertionError("different tags on " + Thread.currentThread()));
                  }
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(List.of(), failures);
  }
}
