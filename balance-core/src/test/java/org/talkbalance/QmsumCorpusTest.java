package org.talkbalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.metrics.SpeakerTalk;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptReader;

/**
 * Every QMSum meeting parses, with the speakers and word counts that an independent, deliberately
 * simple count finds: distinct {@code Name:} prefixes, and white-space tokens with a letter or digit
 * outside {@code {markup}}.
 */
class QmsumCorpusTest {

  private static final BalanceAnalyzer ANALYZER =
      BalanceAnalyzer.builder().bootstrapResamples(0).build();

  @BeforeAll
  static void needsTheCorpus() {
    SharedData.resolve("transcripts/qmsum");
  }

  static Stream<Path> meetings() throws IOException {
    Path folder = SharedData.resolve("transcripts/qmsum");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    return files.stream();
  }

  @Test
  void corpusHasAll232Meetings() throws IOException {
    assertEquals(232, meetings().count());
  }

  @ParameterizedTest
  @MethodSource("meetings")
  void speakersAndWordsMatchAnIndependentCount(Path meeting) throws IOException {
    Transcript transcript = TranscriptReader.read(meeting, ReadOptions.defaults());
    BalanceReport report = ANALYZER.analyze(transcript);

    Map<String, Long> expectedWords = new HashMap<>();
    Set<String> expectedSpeakers = new LinkedHashSet<>();
    for (String line : Files.readAllLines(meeting, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(": ");
      if (colon <= 0) {
        continue;
      }
      String speaker = line.substring(0, colon).strip();
      expectedSpeakers.add(speaker);
      long words = 0;
      for (String token : line.substring(colon + 2).split("\\s+")) {
        if (!(token.startsWith("{") && token.endsWith("}"))
            && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
          words++;
        }
      }
      expectedWords.merge(speaker, words, Long::sum);
    }

    assertEquals(expectedSpeakers.size(), transcript.speakers().size(),
        () -> meeting + ": speakers " + transcript.speakers() + " vs " + expectedSpeakers);
    assertEquals(List.copyOf(expectedSpeakers), transcript.speakers());
    for (SpeakerTalk talk : report.talkShare().speakers()) {
      long expected = expectedWords.get(talk.speaker());
      double tolerance = Math.max(2, 0.02 * expected);
      assertTrue(Math.abs(talk.words() - expected) <= tolerance,
          () -> meeting + ": " + talk.speaker() + " has " + talk.words()
              + " words, independent count " + expected);
    }
    double shares = report.talkShare().speakers().stream().mapToDouble(SpeakerTalk::wordShare).sum();
    assertEquals(1.0, shares, 1e-9);
  }
}
