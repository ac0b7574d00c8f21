package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each sample under {@code golden/<format>/} (a file, or a folder for Slack and
 * ConvoKit corpora) is read with format detection and compared with {@code <sample>.expected}
 * beside it; the folder name is the format the sample must be detected as. Each sample is read
 * under the root locale and a Turkish default locale.
 *
 * <p>The expected files are written by hand and reviewed; after a deliberate change, rewrite them
 * with {@code ./mvnw -pl balance-core test -Dtest=GoldenFileTest -Dtalkbalance.golden.update=true}
 * and review the diff.
 */
class GoldenFileTest {

  static final ReadOptions LENIENT = ReadOptions.defaults().withLenient(true);

  static Path resources(String folder) {
    try {
      return Paths.get(GoldenFileTest.class.getResource(folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> samples() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (Stream<Path> formats = Files.list(resources("golden"))) {
      for (Path dir : formats.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path sample : files.sorted().toList()) {
            if (!sample.getFileName().toString().endsWith(".expected")) {
              for (Locale locale : List.of(Locale.ROOT, Locale.forLanguageTag("tr-TR"))) {
                rows.add(
                    Arguments.of(dir.getFileName() + "/" + sample.getFileName(), sample, locale));
              }
            }
          }
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} [{2}]")
  @MethodSource("samples")
  void matchesGoldenFile(String name, Path sample, Locale locale) throws IOException {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      check(name, sample);
    } finally {
      Locale.setDefault(before);
    }
  }

  private static void check(String name, Path sample) throws IOException {
    Dump.Outcome lenient = Dump.read(sample, Optional.empty(), LENIENT);
    String actual = Dump.render(lenient);
    Path expectedFile = sample.resolveSibling(sample.getFileName() + ".expected");
    if (Boolean.getBoolean("talkbalance.golden.update")) {
      Path source =
          Paths.get("src/test/resources/org/talkbalance/transcript/golden").resolve(name + ".expected");
      Files.writeString(source, actual);
      return;
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile + "; actual:\n" + actual);
    assertEquals(Dump.readExpected(expectedFile), actual, name);
    assertFalse(lenient.failed(), name + " is a good sample and must read");
    String folder = sample.getParent().getFileName().toString();
    assertEquals(folder, lenient.format().id(), "detected format of " + name);

    // a strict read gives the same result, or fails on the first problem the lenient read skipped
    Dump.Outcome strict = Dump.read(sample, Optional.empty(), ReadOptions.defaults());
    if (strict.failed()) {
      String first = strict.error().getMessage();
      assertTrue(
          lenient.transcript().warnings().stream()
              .anyMatch(w -> first.startsWith(w.toString())),
          "strict error '" + first + "' is not among the lenient warnings");
    } else {
      assertEquals(actual, Dump.render(strict), "strict and lenient reads differ");
    }
  }
}
