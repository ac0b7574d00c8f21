package org.talkbalance.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.talkbalance.language.AnnotatedUtterance;
import org.talkbalance.language.Annotator;
import org.talkbalance.language.Disclosure;
import org.talkbalance.language.QuestionAnnotation;
import org.talkbalance.language.QuestionKind;
import org.talkbalance.language.Sentence;
import org.talkbalance.transcript.ReadOptions;
import org.talkbalance.transcript.SpeakerRules;
import org.talkbalance.transcript.Transcript;
import org.talkbalance.transcript.TranscriptFormat;
import org.talkbalance.transcript.Utterance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code balance annotate}: one CSV row per input utterance, for researchers and evaluation. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes one CSV row per input utterance, in input order, with what talkbalance saw in it.",
      "",
      "Columns: record (1-based utterance number in the input), conversation (the input's"
          + " conversation id, or the file name), speaker, words, is_question (true/false),"
          + " question_type (yes_no, wh, alternative, tag, declarative, indirect; empty when no"
          + " question), open_question (true/false; empty when no question), disclosure (none,"
          + " informational, thoughts, emotional: the deepest level of its sentences), valence"
          + " (negative, neutral, positive, of that deepest disclosure), support (true when a"
          + " sentence is an act of support), then question_kind (question, backchannel,"
          + " rhetorical, request, repair, none), questions (count of question sentences) and"
          + " sentences. An utterance with several sentences takes the type and openness of its"
          + " first question.",
      "",
      "Example:  balance annotate -o annotations.csv meeting.vtt"
    },
    exitCodeOnInvalidInput = ExitStatus.USAGE)
final class AnnotateCommand implements Callable<Integer> {

  /** The header row; the first ten names are the contract of DESIGN.md. */
  static final String[] HEADER = {
    "record", "conversation", "speaker", "words", "is_question", "question_type",
    "open_question", "disclosure", "valence", "support", "question_kind", "questions",
    "sentences"
  };

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    Optional<TranscriptFormat> format = input.format(cli);
    SpeakerRules speakers = input.speakerRules(cli);
    ReadOptions readOptions = input.readOptions(cli);
    output.check(cli, input.files);
    Annotator annotator = Annotator.standard();
    try (Writer out = output.open(cli.getOut());
        CSVPrinter csv = new CSVPrinter(out,
            CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      for (String file : input.files) {
        Optional<Transcript> read =
            input.readOrReport(file, format, readOptions, cli.getErr());
        if (read.isEmpty()) {
          return ExitStatus.BAD_INPUT;
        }
        Transcript transcript = speakers.apply(read.get());
        for (Utterance u : transcript.utterances()) {
          csv.printRecord((Object[]) row(transcript, annotator.annotate(u)));
        }
      }
    }
    return ExitStatus.OK;
  }

  private static String[] row(Transcript transcript, AnnotatedUtterance a) {
    Utterance u = a.utterance();
    Optional<QuestionAnnotation> firstQuestion = a.sentences().stream()
        .map(Sentence::question).filter(QuestionAnnotation::isQuestion).findFirst();
    QuestionKind kind = firstQuestion.map(QuestionAnnotation::kind).orElseGet(() ->
        a.sentences().stream().map(s -> s.question().kind())
            .filter(k -> k != QuestionKind.NONE).findFirst().orElse(QuestionKind.NONE));
    long questions = a.sentences().stream().filter(Sentence::isQuestion).count();
    // the first sentence at the deepest level speaks for the utterance
    Optional<Disclosure> deepest = a.sentences().stream()
        .map(x -> x.disclosure().disclosure()).filter(Disclosure::isDisclosure)
        .reduce((x, y) -> y.depth() > x.depth() ? y : x);
    return new String[] {
      Integer.toString(u.record()),
      u.conversation().isEmpty() ? transcript.source() : u.conversation(),
      u.speaker(),
      Integer.toString(a.words()),
      Boolean.toString(firstQuestion.isPresent()),
      firstQuestion.flatMap(QuestionAnnotation::type)
          .map(t -> t.name().toLowerCase(Locale.ROOT)).orElse(""),
      firstQuestion.map(q -> Boolean.toString(q.open())).orElse(""),
      deepest.map(d -> d.level().name()).orElse("NONE").toLowerCase(Locale.ROOT),
      deepest.map(d -> d.valence().name()).orElse("NEUTRAL").toLowerCase(Locale.ROOT),
      Boolean.toString(a.sentences().stream().anyMatch(x -> x.disclosure().isSupport())),
      kind.name().toLowerCase(Locale.ROOT),
      Long.toString(questions),
      Integer.toString(a.sentences().size())
    };
  }
}
