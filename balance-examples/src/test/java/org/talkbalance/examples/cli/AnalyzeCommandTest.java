package org.talkbalance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line: exit statuses, messages, output files, and every bundled sample. */
class AnalyzeCommandTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = BalanceCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  static Stream<Path> samples() throws IOException {
    Path folder = Path.of(System.getProperty("talkbalance.samples", "samples"));
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyBundledSampleGetsAReport(Path sample) {
    Run r = run("analyze", sample.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("spoke"), r.out());
    assertTrue(r.out().contains("balance"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void jsonGoesToTheOutputFileAndIsNotOverwrittenWithoutForce() throws IOException {
    Path sample = samples().findFirst().orElseThrow();
    Path json = dir.resolve("report.json");
    assertEquals(0, run("analyze", "--out-format", "json", "-o", json.toString(),
        sample.toString()).status());
    String first = Files.readString(json, StandardCharsets.UTF_8);
    assertTrue(first.contains("\"schemaVersion\" : " + org.talkbalance.BalanceReport.SCHEMA_VERSION), first);

    Run again = run("analyze", "--out-format", "json", "-o", json.toString(), sample.toString());
    assertEquals(1, again.status());
    assertTrue(again.err().contains("already exists; add --force"), again.err());

    assertEquals(0, run("analyze", "--force", "-o", json.toString(), sample.toString()).status());
    assertFalse(Files.readString(json, StandardCharsets.UTF_8).contains("schemaVersion"));
  }

  @Test
  void versionIsTheProjectVersion() {
    Run r = run("--version");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("balance " + System.getProperty("talkbalance.version") + System.lineSeparator()),
        r.out());
  }

  @Test
  void neverWritesOverAnInputFileEvenWithForce() throws IOException {
    Path input = dir.resolve("talk.txt");
    Files.writeString(input, "Ann: hi\nBob: hello\n", StandardCharsets.UTF_8);
    Run r = run("analyze", "--force", "-o", input.toString(), input.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("also an input file"), r.err());
    assertEquals("Ann: hi\nBob: hello\n", Files.readString(input, StandardCharsets.UTF_8));
  }

  @Test
  void malformedInputExitsWithTwoAndNamesFileAndLine() throws IOException {
    Path bad = dir.resolve("notes.txt");
    Files.writeString(bad, "Shopping list\nAnn: eggs\n", StandardCharsets.UTF_8);
    Run r = run("analyze", bad.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("balance: notes.txt:1:1: expected 'Name: text'"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void lenientModeReportsTheSkippedLine() throws IOException {
    Path bad = dir.resolve("notes.txt");
    Files.writeString(bad, "Shopping list\nAnn: eggs\nBob: milk\n", StandardCharsets.UTF_8);
    Run r = run("analyze", "--lenient", bad.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("1 input warning"), r.out());
    assertTrue(r.out().contains("notes.txt:1:1"), r.out());
  }

  @Test
  void missingFileExitsWithTwo() {
    Run r = run("analyze", dir.resolve("nope.txt").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("nope.txt: no such file"), r.err());
  }

  @Test
  void badUsageExitsWithOne() {
    assertEquals(1, run("analyze").status());
    assertEquals(1, run("analyze", "--no-such-option", "x.txt").status());
    Run badFormat = run("analyze", "--format", "docx", "x.txt");
    assertEquals(1, badFormat.status());
    assertTrue(badFormat.err().contains("use auto or one of: plain, csv"), badFormat.err());
    assertEquals(1, run("frobnicate").status());
  }

  @Test
  void helpTeachesTheFormats() {
    Run r = run("analyze", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("--format"), r.out());
    assertTrue(r.out().contains("Examples:"), r.out());
  }

  @Test
  void forcedFormatAndNoMergeAreApplied() throws IOException {
    Path csvLike = dir.resolve("t.txt");
    Files.writeString(csvLike, "speaker,text\nAnn,hi there\nAnn,again\nBob,yo\n",
        StandardCharsets.UTF_8);
    Run merged = run("analyze", "--format", "csv", "--out-format", "json", csvLike.toString());
    assertEquals(0, merged.status(), merged.err());
    assertTrue(merged.out().contains("\"totalTurns\" : 2"), merged.out());
    Run split = run("analyze", "--no-merge-turns", "--out-format", "json", csvLike.toString());
    assertTrue(split.out().contains("\"totalTurns\" : 3"), split.out());
  }

  @Test
  void readsManyFilesInOneReport() throws IOException {
    List<Path> all = samples().toList();
    Run r = run(Stream.concat(Stream.of("analyze"), all.stream().map(Path::toString))
        .toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    for (Path p : all) {
      assertTrue(r.out().contains(p.getFileName().toString()), p.toString());
    }
  }

  @Test
  void explainListsTheSentencesBehindTheCounts() throws IOException {
    Path input = dir.resolve("talk.txt");
    Files.writeString(input, "Ann: I moved last week. How was your trip?\nBob: yeah\n"
        + "Ann: and the flat is tiny\nBob: Good, thanks. The flight was late.\n",
        StandardCharsets.UTF_8);
    Run plain = run("analyze", input.toString());
    assertFalse(plain.out().contains("Explanations"), plain.out());
    Run r = run("analyze", "--explain", input.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("Ann — question (1)"), r.out());
    assertTrue(r.out().contains("#1: \"How was your trip?\" — wh, open"), r.out());
    assertTrue(r.out().contains("Bob — backchannel (1)"), r.out());
    assertTrue(r.out().contains("#2: \"yeah\""), r.out());
    assertTrue(r.out().contains("Ann — longest monologue (1)"), r.out());
    Run json = run("analyze", "--explain", "--out-format", "json", input.toString());
    assertTrue(json.out().contains("\"metric\" : \"question\""), json.out());
  }

  @Test
  void inputLimitsAreConfigurable() throws IOException {
    Path input = dir.resolve("long.txt");
    Files.writeString(input, "Ann: " + "word ".repeat(100) + "\nBob: ok then\n",
        StandardCharsets.UTF_8);
    assertEquals(0, run("analyze", input.toString()).status());
    Run r = run("analyze", "--max-line-chars", "100", input.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("long.txt:1:"), r.err());
    assertTrue(r.err().contains("100 characters"), r.err());
    assertEquals(1, run("analyze", "--max-input-mb", "0", input.toString()).status());
  }

  @Test
  void anonymizeAndSpeakerMapRenameSpeakers() throws IOException {
    Path input = dir.resolve("chat.txt");
    Files.writeString(input, "mum: dinner at 7?\nTom: yes\nMom: great, see you\n",
        StandardCharsets.UTF_8);
    Run mapped = run("analyze", "--speaker-map", "mum=Mom", input.toString());
    assertTrue(mapped.out().contains("2 speakers"), mapped.out());
    Run anonymous = run("analyze", "--anonymize", "--speaker-map", "mum=Mom", input.toString());
    assertTrue(anonymous.out().contains("Speaker 1"), anonymous.out());
    assertFalse(anonymous.out().contains("Tom"), anonymous.out());
    assertEquals(1, run("analyze", "--speaker-map", "nonsense", input.toString()).status());
  }
}
