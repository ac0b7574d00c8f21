package org.talkbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.Utterance;

/** One shared analyzer on several threads gives exactly the serial results. */
class ConcurrencyTest {

  /** Sentences that exercise every detector: questions, disclosures, support, backchannels. */
  private static final List<String> SENTENCES =
      List.of(
          "How are you feeling about the move?",
          "I was terrified when they called me in.",
          "That sounds really hard, I'm sorry.",
          "mm-hmm",
          "yeah",
          "We should ship the release on Friday.",
          "do you think the budget covers it",
          "I work nights at the hospital.",
          "I think I'm not good at this.",
          "Is there anything I can do to help?",
          "um so the the figures are in the sheet {vocalsound}",
          "What happened then?",
          "I feel lonely since my dad moved out.",
          "Could you pass the salt?",
          "right");

  /** {@return a conversation of 40 to 400 utterances among 2 to 5 speakers, the same for a seed} */
  private static Transcript generated(long seed) {
    Random random = new Random(seed);
    int speakers = 2 + random.nextInt(4);
    int length = 40 + random.nextInt(361);
    List<Utterance> utterances = new ArrayList<>(length);
    for (int i = 1; i <= length; i++) {
      String speaker = "Speaker " + (char) ('A' + random.nextInt(speakers));
      int sentences = 1 + random.nextInt(3);
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        text.append(s == 0 ? "" : " ").append(SENTENCES.get(random.nextInt(SENTENCES.size())));
      }
      utterances.add(Utterance.of(i, speaker, text.toString()));
    }
    return new Transcript("generated-" + seed, utterances, List.of());
  }

  @Test
  void sharedAnalyzerMatchesSerialResults() throws Exception {
    List<Transcript> transcripts = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      transcripts.add(generated(seed));
    }
    BalanceAnalyzer shared = BalanceAnalyzer.builder().bootstrapResamples(100).build();
    List<BalanceReport> serial = new ArrayList<>();
    for (Transcript t : transcripts) {
      serial.add(shared.analyze(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<BalanceReport>> parallel = new ArrayList<>();
      // every transcript twice, interleaved, so threads really share the analyzer
      for (int round = 0; round < 2; round++) {
        for (Transcript t : transcripts) {
          parallel.add(pool.submit(() -> shared.analyze(t)));
        }
      }
      for (int i = 0; i < parallel.size(); i++) {
        assertEquals(serial.get(i % transcripts.size()), parallel.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
