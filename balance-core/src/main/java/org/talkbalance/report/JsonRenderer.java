package org.talkbalance.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.talkbalance.BalanceReport;
import org.talkbalance.metrics.Interval;
import org.talkbalance.language.QuestionType;
import org.talkbalance.metrics.Disclosures;
import org.talkbalance.metrics.Explanation;
import org.talkbalance.metrics.Reciprocity;
import org.talkbalance.metrics.SpeakerDisclosure;
import org.talkbalance.metrics.Questions;
import org.talkbalance.metrics.SpeakerQuestions;
import org.talkbalance.metrics.SpeakerTalk;
import org.talkbalance.metrics.SpeakerTiming;
import org.talkbalance.metrics.TalkShare;
import org.talkbalance.metrics.Timing;
import org.talkbalance.metrics.TwoPartyBalance;
import org.talkbalance.transcript.ExcludedMessages;
import org.talkbalance.transcript.InputWarning;
import org.talkbalance.transcript.SenderCount;

/**
 * Renders reports as one JSON document through Jackson's streaming generator. Field names are
 * stable and carry their unit ({@code words}, {@code wordShare} as a 0–1 fraction,
 * {@code switchesPer100Words}); {@code schemaVersion} changes when a field changes meaning.
 * Undefined numbers (balance with one speaker) are written as {@code null}.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonRenderer implements ReportRenderer {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Override
  public void render(List<BalanceReport> reports, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("schemaVersion", BalanceReport.SCHEMA_VERSION);
      json.writeArrayFieldStart("conversations");
      for (BalanceReport report : reports) {
        conversation(json, report);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
    out.flush();
  }

  private static void conversation(JsonGenerator json, BalanceReport report) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", report.source());
    json.writeStringField("conversation", report.conversation());
    json.writeNumberField("utterances", report.utterances());
    talkShare(json, report.talkShare());
    questions(json, report.questions());
    disclosures(json, report.disclosures());
    if (report.timing().isPresent()) {
      timing(json, report.timing().get());
    } else {
      json.writeNullField("timing");
    }
    excluded(json, report.excluded());
    json.writeArrayFieldStart("warnings");
    for (InputWarning w : report.warnings()) {
      json.writeStartObject();
      json.writeStringField("source", w.source());
      json.writeNumberField("line", w.line());
      json.writeNumberField("column", w.column());
      json.writeStringField("message", w.message());
      json.writeStringField("excerpt", w.excerpt());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("explanations");
    for (Explanation e : report.explanations()) {
      json.writeStartObject();
      json.writeStringField("metric", e.metric());
      json.writeStringField("speaker", e.speaker());
      json.writeNumberField("record", e.record());
      json.writeNumberField("line", e.line());
      json.writeStringField("text", e.text());
      json.writeStringField("reason", e.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void talkShare(JsonGenerator json, TalkShare talk) throws IOException {
    json.writeObjectFieldStart("talkShare");
    json.writeNumberField("totalWords", talk.totalWords());
    json.writeNumberField("totalTurns", talk.totalTurns());
    number(json, "balance", talk.balance());
    number(json, "gini", talk.gini());
    number(json, "dominanceShare", talk.dominance());
    number(json, "switchesPer100Words", talk.switchesPer100Words());
    if (talk.twoParty().isPresent()) {
      TwoPartyBalance two = talk.twoParty().get();
      json.writeObjectFieldStart("twoParty");
      json.writeStringField("larger", two.larger());
      json.writeStringField("smaller", two.smaller());
      json.writeStringField("ratio", two.ratio());
      json.writeNumberField("largerPercent", two.largerPercent());
      json.writeNumberField("smallerPercent", two.smallerPercent());
      number(json, "balanceScore", two.balanceScore());
      json.writeEndObject();
    } else {
      json.writeNullField("twoParty");
    }
    json.writeArrayFieldStart("speakers");
    for (SpeakerTalk t : talk.speakers()) {
      json.writeStartObject();
      json.writeStringField("speaker", t.speaker());
      json.writeNumberField("words", t.words());
      number(json, "wordShare", t.wordShare());
      interval(json, "wordShareInterval", t.wordShareInterval());
      json.writeNumberField("turns", t.turns());
      number(json, "turnShare", t.turnShare());
      json.writeNumberField("utterances", t.utterances());
      json.writeNumberField("longestMonologueWords", t.longestMonologueWords());
      number(json, "meanTurnWords", t.meanTurnWords());
      json.writeNumberField("backchannels", t.backchannels());
      json.writeNumberField("fillers", t.fillers());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void questions(JsonGenerator json, Questions questions) throws IOException {
    json.writeObjectFieldStart("questions");
    json.writeNumberField("total", questions.total());
    number(json, "balance", questions.balance());
    json.writeArrayFieldStart("speakers");
    for (SpeakerQuestions q : questions.speakers()) {
      json.writeStartObject();
      json.writeStringField("speaker", q.speaker());
      json.writeNumberField("asked", q.asked());
      number(json, "per100Words", q.per100Words());
      number(json, "perTurn", q.perTurn());
      number(json, "share", q.share());
      json.writeNumberField("answered", q.answered());
      json.writeNumberField("unanswered", q.unanswered());
      number(json, "answeredRate", q.answeredRate());
      json.writeNumberField("open", q.open());
      json.writeNumberField("closed", q.closed());
      number(json, "openRate", q.openRate());
      json.writeNumberField("support", q.support());
      json.writeNumberField("followUps", q.followUps());
      json.writeObjectFieldStart("byType");
      for (QuestionType type : QuestionType.values()) {
        json.writeNumberField(camel(type.name()), q.types().of(type));
      }
      json.writeEndObject();
      json.writeObjectFieldStart("notQuestions");
      json.writeNumberField("requests", q.requests());
      json.writeNumberField("rhetorical", q.rhetorical());
      json.writeNumberField("backchannels", q.backchannelQuestions());
      json.writeNumberField("repairs", q.repairs());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void disclosures(JsonGenerator json, Disclosures d) throws IOException {
    json.writeObjectFieldStart("disclosure");
    json.writeNumberField("total", d.total());
    json.writeNumberField("supportActs", d.supportActs());
    json.writeNumberField("reciprocityWindowTurns", d.windowTurns());
    json.writeArrayFieldStart("speakers");
    for (SpeakerDisclosure x : d.speakers()) {
      json.writeStartObject();
      json.writeStringField("speaker", x.speaker());
      json.writeNumberField("sentences", x.sentences());
      json.writeNumberField("disclosures", x.disclosures());
      json.writeNumberField("informational", x.informational());
      json.writeNumberField("thoughts", x.thoughts());
      json.writeNumberField("emotional", x.emotional());
      json.writeNumberField("negativeEmotional", x.negativeEmotional());
      json.writeNumberField("positiveEmotional", x.positiveEmotional());
      number(json, "disclosureRate", x.disclosureRate());
      number(json, "emotionalRate", x.emotionalRate());
      number(json, "meanDepth", x.meanDepth());
      number(json, "share", x.share());
      number(json, "negativeEmotionalShare", x.negativeEmotionalShare());
      json.writeNumberField("supportActs", x.supportActs());
      number(json, "supportShare", x.supportShare());
      number(json, "emotionalLoadBalance", x.emotionalLoadBalance());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("reciprocity");
    for (Reciprocity r : d.reciprocity()) {
      json.writeStartObject();
      json.writeStringField("from", r.from());
      json.writeStringField("to", r.to());
      json.writeNumberField("opportunities", r.opportunities());
      json.writeNumberField("returned", r.returned());
      number(json, "conditionalRate", r.conditionalRate());
      number(json, "baseRate", r.baseRate());
      number(json, "reciprocity", r.reciprocity());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** {@code YES_NO} to {@code yesNo}. */
  static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static void timing(JsonGenerator json, Timing timing) throws IOException {
    json.writeObjectFieldStart("timing");
    json.writeBooleanField("hasDurations", timing.hasDurations());
    number(json, "conversationSeconds", timing.conversationSeconds());
    number(json, "speakingSeconds", timing.speakingSeconds());
    number(json, "silenceShare", timing.silenceShare());
    json.writeNumberField("interruptions", timing.interruptions());
    json.writeNumberField("conversationGapSeconds", timing.conversationGap().toSeconds());
    json.writeArrayFieldStart("speakers");
    for (SpeakerTiming t : timing.speakers()) {
      json.writeStartObject();
      json.writeStringField("speaker", t.speaker());
      number(json, "speakingSeconds", t.speakingSeconds());
      number(json, "speakingTimeShare", t.speakingTimeShare());
      number(json, "conversationTimeShare", t.conversationTimeShare());
      number(json, "longestMonologueSeconds", t.longestMonologueSeconds());
      number(json, "wordsPerMinute", t.wordsPerMinute());
      json.writeNumberField("responses", t.responses());
      number(json, "medianLatencySeconds", t.medianLatencySeconds());
      number(json, "p90LatencySeconds", t.p90LatencySeconds());
      json.writeNumberField("interruptions", t.interruptions());
      number(json, "overlapSeconds", t.overlapSeconds());
      json.writeNumberField("conversationsStarted", t.conversationsStarted());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void excluded(JsonGenerator json, ExcludedMessages excluded)
      throws IOException {
    json.writeObjectFieldStart("excluded");
    senders(json, "mediaMessages", excluded.media());
    senders(json, "botMessages", excluded.bots());
    json.writeNumberField("systemMessages", excluded.system());
    json.writeEndObject();
  }

  private static void senders(JsonGenerator json, String name, List<SenderCount> counts)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (SenderCount c : counts) {
      json.writeStartObject();
      json.writeStringField("sender", c.sender());
      json.writeNumberField("messages", c.messages());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void interval(JsonGenerator json, String name, Interval interval)
      throws IOException {
    json.writeObjectFieldStart(name);
    number(json, "low", interval.low());
    number(json, "high", interval.high());
    number(json, "level", interval.level());
    json.writeEndObject();
  }

  /** Writes a number rounded to six decimals, or null when it is undefined (NaN). */
  private static void number(JsonGenerator json, String name, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, Math.round(value * 1e6) / 1e6);
    }
  }
}
