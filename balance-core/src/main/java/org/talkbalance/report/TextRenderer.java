package org.talkbalance.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.talkbalance.BalanceReport;
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
import org.talkbalance.transcript.ExcludedMessages;
import org.talkbalance.transcript.InputWarning;
import org.talkbalance.transcript.SenderCount;

/**
 * Renders reports for people: a per-speaker table with share bars drawn in Unicode blocks, the
 * balance indices, and a short plain-language summary.
 *
 * <p>Immutable and thread-safe.
 */
final class TextRenderer implements ReportRenderer {

  private static final int BAR_WIDTH = 20;
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  private static final int MAX_WARNINGS_SHOWN = 20;
  /** Negative feelings plus support acts needed before the summary names who carried whom. */
  private static final int MIN_LOAD_EVIDENCE = 3;

  @Override
  public void render(List<BalanceReport> reports, Writer out) throws IOException {
    boolean first = true;
    for (BalanceReport report : reports) {
      if (!first) {
        out.write(System.lineSeparator());
      }
      first = false;
      out.write(render(report));
    }
    out.flush();
  }

  String render(BalanceReport report) {
    StringBuilder s = new StringBuilder();
    TalkShare talk = report.talkShare();
    String title = report.source()
        + (report.conversation().isEmpty() ? "" : " — conversation " + report.conversation());
    line(s, title);
    line(s, String.format(Locale.ROOT, "%d speakers · %,d utterances · %,d words · %,d turns",
        talk.speakers().size(), report.utterances(), talk.totalWords(), talk.totalTurns()));
    line(s, "");
    table(s, talk);
    line(s, "");
    line(s, indices(talk));
    line(s, "");
    for (String sentence : summary(talk)) {
      line(s, sentence);
    }
    questions(s, report.questions());
    disclosures(s, report.disclosures());
    report.timing().ifPresent(timing -> timing(s, timing));
    excluded(s, report.excluded());
    warnings(s, report.warnings());
    explanations(s, report.explanations());
    return s.toString();
  }

  private static void table(StringBuilder s, TalkShare talk) {
    int nameWidth = "Speaker".length();
    for (SpeakerTalk t : talk.speakers()) {
      nameWidth = Math.max(nameWidth, Math.min(40, t.speaker().length()));
    }
    String header = String.format(Locale.ROOT,
        "%-" + nameWidth + "s %8s %6s  %-" + BAR_WIDTH + "s %9s %6s %6s %8s %9s %7s %7s",
        "Speaker", "Words", "Share", "", "95% CI", "Turns", "Turn%", "Longest", "Mean turn",
        "Backch.", "Fillers");
    line(s, header.stripTrailing());
    for (SpeakerTalk t : talk.speakers()) {
      String name = t.speaker().length() > 40 ? t.speaker().substring(0, 39) + "…" : t.speaker();
      line(s, String.format(Locale.ROOT,
          "%-" + nameWidth + "s %,8d %5.1f%%  %-" + BAR_WIDTH + "s %9s %6d %5.0f%% %8d %9.1f %7d %7d",
          name, t.words(), 100 * t.wordShare(), bar(t.wordShare()), interval(t),
          t.turns(), 100 * t.turnShare(), t.longestMonologueWords(), t.meanTurnWords(),
          t.backchannels(), t.fillers()));
    }
    line(s, "(words and turns are counts; Share is of all words; Longest = longest turn in words;"
        + " Mean turn in words)");
  }

  private static String interval(SpeakerTalk t) {
    return String.format(Locale.ROOT, "%.0f–%.0f%%",
        100 * t.wordShareInterval().low(), 100 * t.wordShareInterval().high());
  }

  /** Draws a share 0–1 as a bar of {@value #BAR_WIDTH} cells with eighth-cell resolution. */
  static String bar(double share) {
    int eighths = (int) Math.round(Math.max(0, Math.min(1, share)) * BAR_WIDTH * 8);
    return "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
  }

  private static String indices(TalkShare talk) {
    List<String> parts = new ArrayList<>();
    parts.add(Double.isNaN(talk.balance())
        ? "balance n/a (one speaker)"
        : String.format(Locale.ROOT, "balance %.2f (1 = equal)", talk.balance()));
    parts.add(String.format(Locale.ROOT, "Gini %.2f", talk.gini()));
    parts.add(String.format(Locale.ROOT, "dominance %.0f%%", 100 * talk.dominance()));
    talk.twoParty().ifPresent(two -> {
      parts.add("ratio " + two.ratio());
      parts.add(String.format(Locale.ROOT, "balance score %.2f (0.5 = even)", two.balanceScore()));
    });
    parts.add(String.format(Locale.ROOT, "%.1f switches per 100 words", talk.switchesPer100Words()));
    return String.join(" · ", parts);
  }

  /** Two or three sentences a person can read aloud. */
  static List<String> summary(TalkShare talk) {
    List<String> out = new ArrayList<>();
    if (talk.speakers().isEmpty() || talk.totalWords() == 0) {
      out.add("Nobody said a word that could be counted.");
      return out;
    }
    List<SpeakerTalk> bySize = new ArrayList<>(talk.speakers());
    bySize.sort(Comparator.comparingInt(SpeakerTalk::words).reversed());
    SpeakerTalk top = bySize.get(0);
    StringBuilder first = new StringBuilder(String.format(Locale.ROOT,
        "%s spoke %.0f%% of the words (95%% CI %.0f–%.0f%%) in %.0f%% of the turns",
        top.speaker(), 100 * top.wordShare(), 100 * top.wordShareInterval().low(),
        100 * top.wordShareInterval().high(), 100 * top.turnShare()));
    first.append(String.format(Locale.ROOT, "; %s's longest monologue was %,d words.",
        top.speaker(), top.longestMonologueWords()));
    out.add(first.toString());
    if (bySize.size() == 2) {
      SpeakerTalk other = bySize.get(1);
      out.add(String.format(Locale.ROOT,
          "%s spoke %.0f%% of the words in %.0f%% of the turns and gave %d backchannel%s.",
          other.speaker(), 100 * other.wordShare(), 100 * other.turnShare(),
          other.backchannels(), other.backchannels() == 1 ? "" : "s"));
    } else if (bySize.size() > 2) {
      out.add(String.format(Locale.ROOT, "The other %d speakers shared the remaining %.0f%%.",
          bySize.size() - 1, 100 * (1 - top.wordShare())));
    }
    if (!Double.isNaN(talk.balance())) {
      out.add(String.format(Locale.ROOT, "Overall the talk was %s (balance %.2f of 1).",
          describe(talk), talk.balance()));
    }
    return out;
  }

  private static String describe(TalkShare talk) {
    double d = talk.dominance();
    int n = talk.speakers().size();
    double fair = 1.0 / n;
    if (d <= fair + 0.10) {
      return "evenly shared";
    }
    if (d <= fair + 0.25) {
      return "somewhat one-sided";
    }
    return "dominated by one speaker";
  }

  private static void questions(StringBuilder s, Questions questions) {
    line(s, "");
    line(s, String.format(Locale.ROOT, "Questions: %d asked%s", questions.total(),
        Double.isNaN(questions.balance()) ? ""
            : String.format(Locale.ROOT, " · question balance %.2f (1 = equal)",
                questions.balance())));
    int nameWidth = "Speaker".length();
    for (SpeakerQuestions q : questions.speakers()) {
      nameWidth = Math.max(nameWidth, Math.min(40, q.speaker().length()));
    }
    line(s, String.format(Locale.ROOT, "%-" + nameWidth + "s %6s %6s %6s %9s %6s %8s %9s %9s %7s",
        "Speaker", "Asked", "/100w", "Share", "Answered", "Open%", "Support", "Follow-up",
        "Requests", "Other?"));
    for (SpeakerQuestions q : questions.speakers()) {
      line(s, String.format(Locale.ROOT,
          "%-" + nameWidth + "s %6d %6.1f %6s %9s %6s %8d %9d %9d %7d",
          name(q.speaker()), q.asked(), nanToZero(q.per100Words()), percent(q.share()),
          q.asked() == 0 ? "–" : q.answered() + "/" + q.asked(), percent(q.openRate()),
          q.support(), q.followUps(), q.requests(),
          q.rhetorical() + q.backchannelQuestions() + q.repairs()));
    }
    line(s, "(/100w = questions per 100 of the speaker's words; Answered = followed by another"
        + " speaker's turn; Open% of the speaker's questions; Other? = rhetorical, backchannel and"
        + " repair forms such as \"really?\", not counted as questions)");
    for (String sentence : questionSummary(questions)) {
      line(s, sentence);
    }
  }

  /** One or two sentences on who asked and what went unanswered. */
  static List<String> questionSummary(Questions questions) {
    List<String> out = new ArrayList<>();
    if (questions.total() == 0) {
      out.add("Nobody asked a question.");
      return out;
    }
    List<SpeakerQuestions> byAsked = new ArrayList<>(questions.speakers());
    byAsked.sort(Comparator.comparingInt(SpeakerQuestions::asked).reversed());
    SpeakerQuestions top = byAsked.get(0);
    StringBuilder first = new StringBuilder(questions.total() == 1
        ? top.speaker() + " asked the only question"
        : String.format(Locale.ROOT, "%s asked %d of the %d questions", top.speaker(),
            top.asked(), questions.total()));
    SpeakerQuestions mostIgnored = null;
    for (SpeakerQuestions q : byAsked) {
      if (q.unanswered() > 0 && (mostIgnored == null
          || q.unanswered() > mostIgnored.unanswered())) {
        mostIgnored = q;
      }
    }
    if (mostIgnored != null) {
      first.append(String.format(Locale.ROOT, "; %d of %s's %d went unanswered",
          mostIgnored.unanswered(), mostIgnored.speaker(), mostIgnored.asked()));
    }
    out.add(first.append('.').toString());
    return out;
  }

  private static void disclosures(StringBuilder s, Disclosures d) {
    line(s, "");
    line(s, String.format(Locale.ROOT, "Self-disclosure: %d disclosing sentence%s · %d support"
        + " act%s", d.total(), d.total() == 1 ? "" : "s", d.supportActs(),
        d.supportActs() == 1 ? "" : "s"));
    int nameWidth = "Speaker".length();
    for (SpeakerDisclosure x : d.speakers()) {
      nameWidth = Math.max(nameWidth, Math.min(40, x.speaker().length()));
    }
    line(s, String.format(Locale.ROOT, "%-" + nameWidth + "s %9s %6s %6s %6s %6s %6s %9s %8s",
        "Speaker", "Disclosed", "Rate", "Emot.", "Neg.", "Depth", "Share", "Support", "Unload"));
    for (SpeakerDisclosure x : d.speakers()) {
      line(s, String.format(Locale.ROOT,
          "%-" + nameWidth + "s %9d %6s %6d %6d %6s %6s %9d %+8.2f",
          name(x.speaker()), x.disclosures(), percent(x.disclosureRate()), x.emotional(),
          x.negativeEmotional(),
          Double.isNaN(x.meanDepth()) ? "–" : String.format(Locale.ROOT, "%.2f", x.meanDepth()),
          percent(x.share()), x.supportActs(), x.emotionalLoadBalance()).stripTrailing());
    }
    line(s, "(Disclosed = sentences about oneself: facts, thoughts or feelings; Rate of the"
        + " speaker's sentences; Emot. = feelings, Neg. = negative feelings; Depth 0–3 per"
        + " sentence; Unload = share of negative feelings minus share of support given, −1 to 1)");
    List<Reciprocity> pairs = d.reciprocity().stream()
        .filter(r -> r.opportunities() > 0).toList();
    if (!pairs.isEmpty()) {
      line(s, String.format(Locale.ROOT, "Reciprocity (within %d turns): ", d.windowTurns())
          + String.join("; ", pairs.stream().map(r -> String.format(Locale.ROOT,
              "%s→%s returned %d of %d (%+.2f vs habit)", r.from(), r.to(), r.returned(),
              r.opportunities(), r.reciprocity())).toList()));
    }
    for (String sentence : disclosureSummary(d)) {
      line(s, sentence);
    }
  }

  /** A sentence or two on who opened up, whether it was returned, and who carried whom. */
  static List<String> disclosureSummary(Disclosures d) {
    List<String> out = new ArrayList<>();
    if (d.total() == 0) {
      out.add("Nobody disclosed anything personal.");
    } else {
      List<SpeakerDisclosure> bySize = new ArrayList<>(d.speakers());
      bySize.sort(Comparator.comparingInt(SpeakerDisclosure::disclosures).reversed());
      List<String> parts = new ArrayList<>();
      for (SpeakerDisclosure x : bySize.subList(0, Math.min(3, bySize.size()))) {
        parts.add(x.speaker() + " " + times(x.disclosures()));
      }
      StringBuilder first = new StringBuilder("Opened up: " + String.join(", ", parts));
      SpeakerDisclosure top = bySize.get(0);
      for (Reciprocity r : d.reciprocity()) {
        if (r.from().equals(top.speaker()) && r.opportunities() > 0) {
          first.append(String.format(Locale.ROOT, "; %s's disclosures were returned %s out of %d",
              top.speaker(), times(r.returned()), r.opportunities()));
          break;
        }
      }
      out.add(first.append('.').toString());
    }
    SpeakerDisclosure unloader = null;
    SpeakerDisclosure supporter = null;
    int evidence = 0;
    for (SpeakerDisclosure x : d.speakers()) {
      evidence += x.negativeEmotional() + x.supportActs();
      if (x.negativeEmotional() > 0
          && (unloader == null || x.negativeEmotionalShare() > unloader.negativeEmotionalShare())) {
        unloader = x;
      }
      if (x.supportActs() > 0
          && (supporter == null || x.supportShare() > supporter.supportShare())) {
        supporter = x;
      }
    }
    if (evidence < MIN_LOAD_EVIDENCE) {
      out.add("Too little unloading or support to tell who carried whom.");
    } else if (unloader != null && supporter != null && unloader != supporter
        && unloader.emotionalLoadBalance() > 0.25 && supporter.emotionalLoadBalance() < -0.25) {
      out.add(unloader.speaker() + " did most of the unloading and " + supporter.speaker()
          + " most of the supporting.");
    } else if (unloader != null || supporter != null) {
      out.add("Unloading and support were not one-sided.");
    }
    return out;
  }

  private static String times(int n) {
    return switch (n) {
      case 0 -> "never";
      case 1 -> "once";
      case 2 -> "twice";
      default -> n + " times";
    };
  }

  private static double nanToZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  private static String percent(double fraction) {
    return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  private static void timing(StringBuilder s, Timing timing) {
    line(s, "");
    int nameWidth = "Speaker".length();
    for (SpeakerTiming t : timing.speakers()) {
      nameWidth = Math.max(nameWidth, Math.min(40, t.speaker().length()));
    }
    if (timing.hasDurations()) {
      line(s, String.format(Locale.ROOT, "Timing: %s long, %s of speech, %.0f%% silence,"
          + " %d interruption%s", clock(timing.conversationSeconds()),
          clock(timing.speakingSeconds()), 100 * timing.silenceShare(), timing.interruptions(),
          timing.interruptions() == 1 ? "" : "s"));
      line(s, String.format(Locale.ROOT,
          "%-" + nameWidth + "s %9s %7s %6s %9s %6s %9s %9s %6s %9s",
          "Speaker", "Speaking", "Speech%", "Conv%", "Longest", "Wpm", "Latency", "P90 lat.",
          "Interr", "Overlap"));
      for (SpeakerTiming t : timing.speakers()) {
        line(s, String.format(Locale.ROOT,
            "%-" + nameWidth + "s %9s %6.1f%% %5.1f%% %8.1fs %6.0f %9s %9s %6d %8.1fs",
            name(t.speaker()), clock(t.speakingSeconds()), 100 * t.speakingTimeShare(),
            100 * t.conversationTimeShare(), t.longestMonologueSeconds(), t.wordsPerMinute(),
            seconds(t.medianLatencySeconds()), seconds(t.p90LatencySeconds()),
            t.interruptions(), t.overlapSeconds()));
      }
      line(s, "(Speaking in m:ss; Speech% of all speaking time; Conv% of the whole conversation,"
          + " silence included; Wpm = words per minute of own speaking time; Latency = median gap"
          + " before answering another speaker, negative when overlapping)");
    } else {
      line(s, String.format(Locale.ROOT, "Timing: %s from first to last message;"
          + " a new conversation starts after %s of silence", clock(timing.conversationSeconds()),
          clock(timing.conversationGap().toSeconds())));
      line(s, String.format(Locale.ROOT, "%-" + nameWidth + "s %9s %13s %13s %8s",
          "Speaker", "Replies", "Median reply", "P90 reply", "Started"));
      for (SpeakerTiming t : timing.speakers()) {
        line(s, String.format(Locale.ROOT, "%-" + nameWidth + "s %9d %13s %13s %8d",
            name(t.speaker()), t.responses(), clock(t.medianLatencySeconds()),
            clock(t.p90LatencySeconds()), t.conversationsStarted()));
      }
      line(s, "(reply times in h:mm:ss or m:ss from the other's message; Started = conversations"
          + " opened after a gap)");
    }
  }

  private static String name(String speaker) {
    return speaker.length() > 40 ? speaker.substring(0, 39) + "…" : speaker;
  }

  private static String seconds(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1fs", value);
  }

  /** Formats seconds as m:ss or h:mm:ss. */
  static String clock(double seconds) {
    if (Double.isNaN(seconds)) {
      return "–";
    }
    long total = Math.round(Math.abs(seconds));
    String sign = seconds < 0 ? "-" : "";
    long h = total / 3600;
    long m = total % 3600 / 60;
    long sec = total % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%s%d:%02d:%02d", sign, h, m, sec)
        : String.format(Locale.ROOT, "%s%d:%02d", sign, m, sec);
  }

  private static void excluded(StringBuilder s, ExcludedMessages excluded) {
    if (excluded.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (!excluded.media().isEmpty()) {
      parts.add(counted(excluded.media(), "media message"));
    }
    if (!excluded.bots().isEmpty()) {
      parts.add(counted(excluded.bots(), "bot message"));
    }
    if (excluded.system() > 0) {
      parts.add(String.format(Locale.ROOT, "%d system line%s", excluded.system(),
          excluded.system() == 1 ? "" : "s"));
    }
    line(s, "");
    line(s, "Not counted as speech: " + String.join("; ", parts) + ".");
  }

  private static String counted(List<SenderCount> counts, String noun) {
    int total = counts.stream().mapToInt(SenderCount::messages).sum();
    List<String> each = new ArrayList<>();
    for (SenderCount c : counts) {
      each.add(c.sender() + " " + c.messages());
    }
    return String.format(Locale.ROOT, "%d %s%s (%s)", total, noun, total == 1 ? "" : "s",
        String.join(", ", each));
  }

  private static void warnings(StringBuilder s, List<InputWarning> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    line(s, "");
    line(s, String.format(Locale.ROOT,
        "%d input warning%s (skipped lines are not in the figures above):",
        warnings.size(), warnings.size() == 1 ? "" : "s"));
    for (int i = 0; i < Math.min(MAX_WARNINGS_SHOWN, warnings.size()); i++) {
      line(s, "  " + warnings.get(i));
    }
    if (warnings.size() > MAX_WARNINGS_SHOWN) {
      line(s, String.format(Locale.ROOT, "  … and %d more (see the JSON report for all)",
          warnings.size() - MAX_WARNINGS_SHOWN));
    }
  }

  private static void explanations(StringBuilder s, List<Explanation> explanations) {
    if (explanations.isEmpty()) {
      return;
    }
    line(s, "");
    line(s, "Explanations (#record: the sentence counted — the rule and its cue)");
    java.util.Map<String, List<Explanation>> groups = new java.util.LinkedHashMap<>();
    for (Explanation e : explanations) {
      groups.computeIfAbsent(e.speaker() + " — " + e.metric(), k -> new ArrayList<>()).add(e);
    }
    List<String> keys = new ArrayList<>(groups.keySet());
    java.util.Collections.sort(keys);
    for (String key : keys) {
      List<Explanation> group = groups.get(key);
      line(s, String.format(Locale.ROOT, "%s (%d)", key, group.size()));
      for (Explanation e : group) {
        line(s, String.format(Locale.ROOT, "  #%d: \"%s\" — %s", e.record(), e.text(),
            e.reason()));
      }
    }
  }

  private static void line(StringBuilder s, String text) {
    s.append(text).append('\n');
  }
}
