package org.talkbalance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.BalanceReport;

/**
 * Golden files: each {@code case.txt} or {@code case.csv} beside {@code case.<format>.expected}. The
 * expected files were checked by hand; to regenerate after an intended change, run with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenReportTest {

  private static final Path FOLDER = folder();

  private static Path folder() {
    try {
      return Path.of(GoldenReportTest.class.getResource("golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(FOLDER)) {
      inputs = files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
    }
    return inputs.stream().flatMap(input ->
        Stream.of(ReportFormat.values()).map(format -> Arguments.of(input, format)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersAsExpected(Path input, ReportFormat format) throws IOException {
    String actual = render(input, format);
    String name = input.getFileName().toString();
    Path expectedFile = FOLDER.resolve(name.substring(0, name.lastIndexOf('.')) + "."
        + format.id() + ".expected");
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/org/talkbalance/report/golden")
          .resolve(expectedFile.getFileName());
      Files.writeString(source, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void rendersTheSameUnderATurkishLocale(Path input, ReportFormat format) throws IOException {
    String root = render(input, format);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(root, render(input, format));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String render(Path input, ReportFormat format) throws IOException {
    List<BalanceReport> reports = BalanceAnalyzer.builder().build().analyzeFile(input);
    StringWriter out = new StringWriter();
    format.renderer().render(reports, out);
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
