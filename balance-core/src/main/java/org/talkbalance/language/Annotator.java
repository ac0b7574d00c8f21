package org.talkbalance.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.talkbalance.internal.LexicalTokenizer;
import org.talkbalance.internal.OpenNlpModels;
import org.talkbalance.internal.WordLists;
import org.talkbalance.transcript.Utterance;

/**
 * Annotates utterances: splits them into sentences, counts words and fillers, recognises
 * backchannels, and reads each sentence's question form ({@link QuestionAnnotation}) and its
 * self-disclosure and support acts ({@link DisclosureAnnotation}) from the same tokens.
 *
 * <pre>{@code
 * Annotator annotator = Annotator.standard();
 * AnnotatedUtterance a = annotator.annotate(Utterance.of(1, "Bob", "Mm-hmm."));
 * a.backchannel(); // true
 * annotator.annotate(Utterance.of(2, "Ann", "so how are you feeling"))
 *     .sentences().get(0).question().support(); // true
 * }</pre>
 *
 * <p>The {@linkplain #standard() standard} annotator works on lexical tokens and runs the OpenNLP
 * part-of-speech tagger only on the few sentences whose question form needs it; {@link
 * #allModels()} runs the maxent sentence detector, tokenizer and tagger on everything (slower by an
 * order of magnitude; the baseline of the benchmarks and of the evaluation).
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class Annotator {

  /** Longest backchannel, in words (DESIGN.md: "at most ~3 words"). */
  public static final int MAX_BACKCHANNEL_WORDS = 3;

  private static final Set<String> BACKCHANNELS =
      WordLists.load(Annotator.class, "backchannels.txt");
  private static final Set<String> FILLERS = WordLists.load(Annotator.class, "fillers.txt");

  private static final DisclosureDetector DISCLOSURE = DisclosureDetector.standard();
  private static final Annotator STANDARD = new Annotator(QuestionDetector.ModelUse.ON_DEMAND);
  private static final Annotator ALL_MODELS = new Annotator(QuestionDetector.ModelUse.ALL);
  private static final Annotator LEXICAL_ONLY = new Annotator(QuestionDetector.ModelUse.NONE);

  private final Set<String> backchannels = BACKCHANNELS;
  private final Set<String> fillers = FILLERS;
  private final QuestionDetector questions;

  private Annotator(QuestionDetector.ModelUse models) {
    this.questions = new QuestionDetector(models);
  }

  /**
   * {@return the annotator with the project's English word lists, using the OpenNLP models only
   * where a decision needs them}
   */
  public static Annotator standard() {
    return STANDARD;
  }

  /**
   * {@return an annotator that runs the OpenNLP sentence detector, tokenizer and part-of-speech
   * tagger on every sentence: the all-models baseline for benchmarks and evaluation} Word, filler
   * and backchannel counts are the same as the standard annotator's.
   */
  public static Annotator allModels() {
    return ALL_MODELS;
  }

  /** {@return an annotator that never uses the OpenNLP models (for measuring what they add)} */
  static Annotator lexicalOnly() {
    return LEXICAL_ONLY;
  }

  /**
   * Annotates one utterance.
   *
   * @param utterance the utterance
   * @return its sentences, word and filler counts, and whether it is a backchannel
   */
  public AnnotatedUtterance annotate(Utterance utterance) {
    return annotate(utterance, null);
  }

  /**
   * Annotates one utterance and counts, in {@code trace}, where the tagger was needed.
   *
   * @param utterance the utterance
   * @param trace the counts to add to, or null
   * @return the annotated utterance
   */
  AnnotatedUtterance annotate(Utterance utterance, QuestionDetector.Trace trace) {
    Objects.requireNonNull(utterance, "utterance");
    List<Sentence> sentences = new ArrayList<>();
    int words = 0;
    int fillerCount = 0;
    // the words of a possible backchannel, collected only while at most MAX_BACKCHANNEL_WORDS of
    // them count (see isBackchannel): longer utterances cannot be one
    List<String> backchannelWords = new ArrayList<>();
    int backchannelContent = 0;
    for (String sentenceText : sentences(utterance.text())) {
      List<String> tokens = LexicalTokenizer.tokens(sentenceText);
      int sentenceWords = 0;
      for (String token : tokens) {
        if (!LexicalTokenizer.isWord(token)) {
          continue;
        }
        sentenceWords++;
        String word = LexicalTokenizer.lowerCase(token);
        boolean filler = fillers.contains(word);
        if (filler) {
          fillerCount++;
        }
        if (backchannelContent <= MAX_BACKCHANNEL_WORDS) {
          if (!filler || backchannels.contains(word)) {
            backchannelContent++;
          }
          backchannelWords.add(word);
        }
      }
      if (sentenceWords == 0) {
        continue;
      }
      QuestionAnnotation question = questions.detect(tokens, !sentences.isEmpty(), trace);
      // the same tokens serve disclosure: no second pass over the text
      DisclosureAnnotation disclosure = DISCLOSURE.annotate(tokens);
      sentences.add(new Sentence(sentenceText, sentenceWords, question, disclosure));
      words += sentenceWords;
    }
    boolean backchannel =
        backchannelContent <= MAX_BACKCHANNEL_WORDS && isBackchannel(backchannelWords);
    return new AnnotatedUtterance(utterance, sentences, words, fillerCount, backchannel);
  }

  private List<String> sentences(String text) {
    if (questions.models() != QuestionDetector.ModelUse.ALL) {
      return SentenceSplitter.split(text);
    }
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        out.addAll(OpenNlpModels.sentences(line));
      }
    }
    return out;
  }

  /**
   * Whether a run of words is a backchannel: one to {@value #MAX_BACKCHANNEL_WORDS} words, not
   * counting fillers, all from the backchannel list (multi-word entries such as "I see" matched as
   * pairs), and not only fillers.
   */
  boolean isBackchannel(List<String> words) {
    List<String> content = new ArrayList<>();
    for (String w : words) {
      String normalized = w.toLowerCase(Locale.ROOT);
      if (!fillers.contains(normalized) || backchannels.contains(normalized)) {
        content.add(normalized);
      }
    }
    if (content.isEmpty() || content.size() > MAX_BACKCHANNEL_WORDS) {
      return false;
    }
    boolean nonFiller = false;
    int i = 0;
    while (i < content.size()) {
      String w = content.get(i);
      if (i + 2 < content.size()
          && backchannels.contains(w + " " + content.get(i + 1) + " " + content.get(i + 2))) {
        nonFiller = true;
        i += 3;
      } else if (i + 1 < content.size() && backchannels.contains(w + " " + content.get(i + 1))) {
        nonFiller = true;
        i += 2;
      } else if (backchannels.contains(w)) {
        nonFiller |= !fillers.contains(w);
        i++;
      } else {
        return false;
      }
    }
    return nonFiller;
  }
}
