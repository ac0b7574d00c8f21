package org.talkbalance.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.talkbalance.internal.LexicalTokenizer;

/**
 * A detector of support acts in a sentence: empathy ("that sounds really hard"), validation ("it
 * makes sense you feel that way"), reassurance ("you're not alone"), offers of help ("let me know
 * if you need anything") and support questions ("how are you feeling?"). DESIGN.md counts these
 * against negative-emotional disclosure for the emotional load balance.
 *
 * <pre>{@code
 * SupportDetector support = SupportDetector.standard();
 * support.detect("I'm so sorry you're going through this.");
 * // [SupportAct[kind=EMPATHY, evidence=I'm so sorry you're]]
 * support.detect("The film was long.").isEmpty(); // true
 * }</pre>
 *
 * <p>The phrases are the project's {@code support-acts.txt} list. Matching is lexical: a hash
 * lookup per token on the words of the tokenizer, with intensifiers ("really", "so") and
 * apostrophes left out so that "that sounds really hard" and "youre not alone" match.
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 */
public final class SupportDetector {

  /** Categories of {@code support-acts.txt}. */
  enum Category {
    EMPATHY,
    VALIDATION,
    REASSURANCE,
    OFFER,
    QUESTION,
    HARDSHIP,
    FEEL,
    INTENSIFIER
  }

  /** A support act found in tokens {@code [start, end)}. */
  record Span(int start, int end, SupportKind kind) {}

  private static final SupportDetector STANDARD =
      new SupportDetector(
          DisclosureLexicon.load(Category.class, SupportDetector::matchForm, "support-acts.txt"));

  private final DisclosureLexicon<Category> lexicon;

  private SupportDetector(DisclosureLexicon<Category> lexicon) {
    this.lexicon = lexicon;
  }

  /** {@return the detector with the project's English phrase list} */
  public static SupportDetector standard() {
    return STANDARD;
  }

  /**
   * Finds the support acts in one sentence.
   *
   * @param sentence the sentence's text
   * @return the acts in text order, one per phrase found; empty when there is none
   */
  public List<SupportAct> detect(CharSequence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return detect(LexicalTokenizer.tokens(sentence));
  }

  /**
   * Finds the support acts in one sentence that is already tokenized, so that callers holding the
   * tokens need no second pass over the text.
   *
   * @param tokens the sentence's tokens as {@link LexicalTokenizer#tokens} returns them (words and
   *     punctuation, any case)
   * @return the acts in text order, one per phrase found; empty when there is none
   */
  public List<SupportAct> detect(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    String[] normalized = new String[tokens.size()];
    for (int i = 0; i < normalized.length; i++) {
      normalized[i] = DisclosureLexicon.normalize(tokens.get(i));
    }
    List<Span> spans = spans(normalized);
    if (spans.isEmpty()) {
      return List.of();
    }
    List<SupportAct> acts = new ArrayList<>(spans.size());
    for (Span span : spans) {
      acts.add(new SupportAct(span.kind(), String.join(" ", tokens.subList(span.start(), span.end()))));
    }
    return List.copyOf(acts);
  }

  /**
   * Finds support phrases in normalized tokens (as {@link DisclosureLexicon#normalize}); a phrase
   * inside a longer one is left out.
   *
   * @return spans in token indices of {@code normalized}, in text order
   */
  List<Span> spans(String[] normalized) {
    String[] words = new String[normalized.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = matchForm(normalized[i]);
    }
    List<Span> found = new ArrayList<>();
    for (DisclosureLexicon.Match<Category> m : lexicon.find(words, Category.INTENSIFIER)) {
      SupportKind kind = kind(m.category());
      if (kind != null) {
        found.add(new Span(m.start(), m.end(), kind));
      }
    }
    if (found.size() < 2) {
      return found;
    }
    found.sort(
        Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    // Overlapping phrases ("I'm so sorry you're" + "sorry you're going through") are one act.
    List<Span> merged = new ArrayList<>(found.size());
    Span current = found.get(0);
    for (Span s : found.subList(1, found.size())) {
      if (s.start() < current.end()) {
        current = new Span(current.start(), Math.max(current.end(), s.end()), current.kind());
      } else {
        merged.add(current);
        current = s;
      }
    }
    merged.add(current);
    return merged;
  }

  /** The form both phrases and tokens take for matching: without apostrophes ("youre", "its"). */
  private static String matchForm(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '\'') {
        return word.replace("'", "");
      }
    }
    return word;
  }

  private static SupportKind kind(Category category) {
    return switch (category) {
      case EMPATHY -> SupportKind.EMPATHY;
      case VALIDATION -> SupportKind.VALIDATION;
      case REASSURANCE -> SupportKind.REASSURANCE;
      case OFFER -> SupportKind.OFFER;
      case QUESTION -> SupportKind.QUESTION;
      case HARDSHIP, FEEL, INTENSIFIER -> null;
    };
  }
}
