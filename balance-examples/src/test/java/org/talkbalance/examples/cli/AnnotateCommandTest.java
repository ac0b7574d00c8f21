package org.talkbalance.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code balance annotate}: the CSV contract of DESIGN.md. */
class AnnotateCommandTest {

  @TempDir Path dir;

  static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  @Test
  void oneRowPerUtteranceInInputOrderWithTheContractColumns() throws IOException {
    Path input = dir.resolve("talk.txt");
    Files.writeString(input, String.join("\n",
        "Ann: how was your day",
        "(laughs)",
        "Bob: Long. Could you pass the salt?",
        "Ann: mm-hmm",
        "Bob: Did you call your mother, or was there no time?",
        "Ann: {vocalsound}"), StandardCharsets.UTF_8);
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("annotate", input.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("record,conversation,speaker,words,is_question,question_type,"
        + "open_question,disclosure,valence,support"), r.out());
    List<CSVRecord> rows = parse(r.out());
    assertEquals(5, rows.size());
    assertEquals(List.of("1", "2", "3", "4", "5"), rows.stream().map(x -> x.get("record")).toList());
    assertEquals(List.of("Ann", "Bob", "Ann", "Bob", "Ann"),
        rows.stream().map(x -> x.get("speaker")).toList());
    assertEquals("talk.txt", rows.get(0).get("conversation"));
    // a question without a question mark, open
    assertEquals("true", rows.get(0).get("is_question"));
    assertEquals("wh", rows.get(0).get("question_type"));
    assertEquals("true", rows.get(0).get("open_question"));
    // a request is not a question
    assertEquals("false", rows.get(1).get("is_question"));
    assertEquals("", rows.get(1).get("question_type"));
    assertEquals("", rows.get(1).get("open_question"));
    assertEquals("request", rows.get(1).get("question_kind"));
    assertEquals("2", rows.get(1).get("sentences"));
    assertEquals("false", rows.get(2).get("is_question"));
    assertEquals("alternative", rows.get(3).get("question_type"));
    assertEquals("false", rows.get(3).get("open_question"));
    // markup only: kept as a row, no words
    assertEquals("0", rows.get(4).get("words"));
    for (CSVRecord row : rows) {
      assertEquals("none", row.get("disclosure"));
      assertEquals("false", row.get("support"));
    }
  }

  @Test
  void disclosureValenceAndSupportColumns() throws IOException {
    Path input = dir.resolve("talk.txt");
    Files.writeString(input, String.join("\n",
        "Ann: I work nights at the hospital.",
        "Bob: The film was long.",
        "Ann: I feel so lonely lately. I was terrified last week.",
        "Bob: That sounds really hard. I'm here for you."), StandardCharsets.UTF_8);
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("annotate", input.toString());
    assertEquals(0, r.status(), r.err());
    List<CSVRecord> rows = parse(r.out());
    assertEquals("informational", rows.get(0).get("disclosure"));
    assertEquals("none", rows.get(1).get("disclosure"));
    assertEquals("emotional", rows.get(2).get("disclosure"));
    assertEquals("negative", rows.get(2).get("valence"));
    assertEquals("false", rows.get(2).get("support"));
    assertEquals("none", rows.get(3).get("disclosure"));
    assertEquals("true", rows.get(3).get("support"));
  }

  @Test
  void csvConversationsKeepTheirIdsAndOutputFileRules() throws IOException {
    Path input = dir.resolve("chat.csv");
    Files.writeString(input, "conversation,speaker,text\nc1,Ann,hi\nc2,Bob,\"yo, you?\"\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("rows.csv");
    assertEquals(0, AnalyzeCommandTest.run("annotate", "-o", out.toString(), input.toString())
        .status());
    List<CSVRecord> rows = parse(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(List.of("c1", "c2"), rows.stream().map(x -> x.get("conversation")).toList());
    assertEquals(1, AnalyzeCommandTest.run("annotate", "-o", out.toString(), input.toString())
        .status());
  }

  @Test
  void badInputExitsWithTwo() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "no speakers here\n", StandardCharsets.UTF_8);
    AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("annotate", bad.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("balance: bad.txt:1:1:"), r.err());
  }
}
