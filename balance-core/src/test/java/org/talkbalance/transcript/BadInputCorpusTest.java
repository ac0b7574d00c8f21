package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every file (or folder) under {@code bad/} is read strictly and leniently,
 * and each read must end in a {@link TranscriptFormatException} or in a transcript with at least
 * one counted warning: never another exception, never a silent success. A name such as
 * {@code x.forced-webvtt.txt} forces that format instead of detecting one. What happens is
 * compared with {@code <name>.expected}, so every message can be read and judged.
 *
 * <p>The corpus is read with small limits (lines of {@value #MAX_LINE} characters, inputs of
 * {@value #MAX_INPUT} bytes) so that the huge-input cases stay small. Rewrite the expected files
 * with {@code -Dtalkbalance.golden.update=true} and review the diff.
 */
class BadInputCorpusTest {

  static final int MAX_LINE = 2000;
  static final long MAX_INPUT = 64 * 1024;
  private static final Pattern FORCED = Pattern.compile("\\.forced-([a-z-]+)\\.");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(GoldenFileTest.resources("bad"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".expected"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInAnErrorOrACountedWarning(String name) throws IOException {
    Path input = GoldenFileTest.resources("bad").resolve(name);
    Matcher forced = FORCED.matcher(name);
    Optional<TranscriptFormat> format =
        forced.find()
            ? Optional.of(TranscriptFormat.byId(forced.group(1)).orElseThrow())
            : Optional.empty();
    ReadOptions strict = new ReadOptions(false, MAX_LINE, MAX_INPUT);
    Dump.Outcome strictOutcome = Dump.read(input, format, strict);
    Dump.Outcome lenientOutcome = Dump.read(input, format, strict.withLenient(true));
    for (Dump.Outcome o : new Dump.Outcome[] {strictOutcome, lenientOutcome}) {
      assertTrue(
          o.failed() || !o.transcript().warnings().isEmpty(),
          name + " was read without an error or a warning:\n" + Dump.render(o));
    }
    String actual =
        "strict:\n" + Dump.render(strictOutcome) + "lenient:\n" + Dump.render(lenientOutcome);
    if (Boolean.getBoolean("talkbalance.golden.update")) {
      Files.writeString(
          Paths.get("src/test/resources/org/talkbalance/transcript/bad", name + ".expected"),
          actual);
      return;
    }
    Path expected = input.resolveSibling(name + ".expected");
    assertTrue(Files.exists(expected), "missing " + expected + "; actual:\n" + actual);
    assertEquals(Dump.readExpected(expected), actual, name);
  }
}
