package org.talkbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptReader;

/** One shared analyzer on several threads gives exactly the serial results. */
class ConcurrencyTest {

  @Test
  void sharedAnalyzerMatchesSerialResults() throws Exception {
    List<Transcript> transcripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SharedData.resolve("transcripts/qmsum"))) {
      for (Path p : files.sorted().limit(40).toList()) {
        transcripts.add(TranscriptReader.read(p, ReadOptions.defaults()));
      }
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
