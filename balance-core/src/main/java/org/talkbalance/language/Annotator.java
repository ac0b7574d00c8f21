package org.talkbalance.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.talkbalance.internal.LexicalTokenizer;
import org.talkbalance.internal.WordLists;
import org.talkbalance.transcript.Utterance;

/**
 * Annotates utterances: splits them into sentences, counts words and fillers, and recognises
 * backchannels.
 *
 * <pre>{@code
 * Annotator annotator = Annotator.standard();
 * AnnotatedUtterance a = annotator.annotate(Utterance.of(1, "Bob", "Mm-hmm."));
 * a.backchannel(); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class Annotator {

  /** Longest backchannel, in words (DESIGN.md: "at most ~3 words"). */
  public static final int MAX_BACKCHANNEL_WORDS = 3;

  private static final Annotator STANDARD =
      new Annotator(
          WordLists.load(Annotator.class, "backchannels.txt"),
          WordLists.load(Annotator.class, "fillers.txt"));

  private final Set<String> backchannels;
  private final Set<String> fillers;

  private Annotator(Set<String> backchannels, Set<String> fillers) {
    this.backchannels = backchannels;
    this.fillers = fillers;
  }

  /** {@return the annotator with the project's English word lists} */
  public static Annotator standard() {
    return STANDARD;
  }

  /**
   * Annotates one utterance.
   *
   * @param utterance the utterance
   * @return its sentences, word and filler counts, and whether it is a backchannel
   */
  public AnnotatedUtterance annotate(Utterance utterance) {
    Objects.requireNonNull(utterance, "utterance");
    List<Sentence> sentences = new ArrayList<>();
    int words = 0;
    int fillerCount = 0;
    List<String> allWords = new ArrayList<>();
    for (String sentenceText : SentenceSplitter.split(utterance.text())) {
      List<String> sentenceWords = LexicalTokenizer.lowerCaseWords(sentenceText);
      if (sentenceWords.isEmpty()) {
        continue;
      }
      sentences.add(new Sentence(sentenceText, sentenceWords.size()));
      words += sentenceWords.size();
      for (String w : sentenceWords) {
        if (fillers.contains(w)) {
          fillerCount++;
        }
      }
      allWords.addAll(sentenceWords);
    }
    return new AnnotatedUtterance(
        utterance, sentences, words, fillerCount, isBackchannel(allWords));
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
      if (i + 2 < content.size() && backchannels.contains(w + " " + content.get(i + 1) + " " + content.get(i + 2))) {
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
