package org.talkbalance.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.talkbalance.BalanceAnalyzer;
import org.talkbalance.BalanceReport;
import org.talkbalance.report.ReportFormat;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.SpeakerRules;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code balance analyze}: the balance report of each transcript. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reports talk-share per speaker: words, turns, share of words with a 95%% bootstrap"
          + " confidence interval, longest monologue, backchannels and fillers, and the balance"
          + " indices of the conversation. With timestamps: speaking time shares, pace, response"
          + " latency, interruptions and silence.",
      "",
      "Input: plain 'Name: text' lines, CSV with 'speaker' and 'text' columns, WebVTT (Zoom,"
          + " Teams, YouTube), SRT, WhatsApp exports, Slack exports (folder or zip),"
          + " DiscordChatExporter JSON or CSV, Telegram JSON, JSON Lines, ConvoKit corpora and"
          + " IRC logs. The format is detected from the content unless --format is given.",
      "",
      "Examples:",
      "  balance analyze dinner.txt",
      "  balance analyze --out-format json -o report.json chat.csv",
      "  balance analyze --anonymize --speaker-map 'mum=Mom' 'WhatsApp Chat with Mom.txt'",
      "  cat meeting.txt | balance analyze -"
    },
    exitCodeOnInvalidInput = ExitStatus.USAGE)
final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--out-format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: text (a table and a summary for people) or json (for"
          + " programs; units in field names). Default: ${DEFAULT-VALUE}.")
  String outFormat;

  @Mixin OutputOptions output;

  @Option(
      names = "--merge-turns",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Merge consecutive utterances of one speaker into one turn (default). With"
          + " --no-merge-turns every utterance is a turn of its own.")
  boolean mergeTurns;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Bootstrap resamples for confidence intervals; 0 turns them off."
          + " Default: ${DEFAULT-VALUE}.")
  int bootstrap;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      description = "Seed of the bootstrap, for reproducible intervals. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--explain",
      description = "List the sentences behind each count with the rule that counted them.")
  boolean explain;

  @Option(
      names = "--reciprocity-window",
      paramLabel = "K",
      defaultValue = "2",
      description = "Turns after a disclosure in which the other's disclosure counts as returning"
          + " it. Default: ${DEFAULT-VALUE}.")
  int reciprocityWindow;

  @Option(
      names = "--conversation-gap",
      paramLabel = "MINUTES",
      defaultValue = "60",
      description = "For timestamped chats: minutes of silence after which the next message"
          + " starts a new conversation (who starts conversations). Default: ${DEFAULT-VALUE}.")
  long conversationGapMinutes;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    ReportFormat format = ReportFormat.byId(outFormat).orElseThrow(() ->
        new CommandLine.ParameterException(cli, "unknown --out-format '" + outFormat
            + "'; use text or json"));
    if (bootstrap < 0 || bootstrap > 1_000_000) {
      throw new CommandLine.ParameterException(cli, "--bootstrap must lie in 0..1000000");
    }
    if (reciprocityWindow < 1 || reciprocityWindow > 100) {
      throw new CommandLine.ParameterException(cli, "--reciprocity-window must lie in 1..100");
    }
    if (conversationGapMinutes < 1) {
      throw new CommandLine.ParameterException(cli, "--conversation-gap must be 1 minute or more");
    }
    Optional<TranscriptFormat> inputFormat = input.format(cli);
    SpeakerRules speakers = input.speakerRules(cli);
    ReadOptions readOptions = input.readOptions(cli);
    output.check(cli, input.files);
    BalanceAnalyzer analyzer = BalanceAnalyzer.builder()
        .mergeTurns(mergeTurns)
        .bootstrapResamples(bootstrap)
        .seed(seed)
        .explain(explain)
        .reciprocityWindowTurns(reciprocityWindow)
        .conversationGap(java.time.Duration.ofMinutes(conversationGapMinutes))
        .readOptions(readOptions)
        .build();
    List<BalanceReport> reports = new ArrayList<>();
    for (String file : input.files) {
      Optional<Transcript> transcript =
          input.readOrReport(file, inputFormat, readOptions, cli.getErr());
      if (transcript.isEmpty()) {
        return ExitStatus.BAD_INPUT;
      }
      for (Transcript conversation : speakers.apply(transcript.get()).conversations()) {
        reports.add(analyzer.analyze(conversation));
      }
    }
    try (Writer out = output.open(cli.getOut())) {
      format.renderer().render(reports, out);
    }
    return ExitStatus.OK;
  }
}
