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

  /** A support act found in tokens {@code [start, end)}. */
  record Span(int start, int end, SupportKind kind) {}

  private static final SupportDetector STANDARD = new SupportDetector(DisclosureLexicon.standard());

  private final DisclosureLexicon lexicon;

  private SupportDetector(DisclosureLexicon lexicon) {
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
    return acts(tokens, spans(lexicon.find(normalized)));
  }

  /** The acts of the spans, with their words as written. */
  static List<SupportAct> acts(List<String> tokens, List<Span> spans) {
    if (spans.isEmpty()) {
      return List.of();
    }
    List<SupportAct> acts = new ArrayList<>(spans.size());
    for (Span span : spans) {
      acts.add(
          new SupportAct(span.kind(), String.join(" ", tokens.subList(span.start(), span.end()))));
    }
    return List.copyOf(acts);
  }

  /**
   * The support acts among a sentence's lexicon matches; overlapping phrases are one act.
   *
   * @param matches what {@link DisclosureLexicon#find} found in the sentence
   * @return spans in token indices, in text order
   */
  static List<Span> spans(List<DisclosureLexicon.Match> matches) {
    List<Span> found = new ArrayList<>();
    for (DisclosureLexicon.Match m : matches) {
      SupportKind kind = kind(m.category());
      if (kind != null) {
        found.add(new Span(m.start(), m.end(), kind));
      }
    }
    if (found.size() < 2) {
      return found;
    }
    found.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
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

  private static SupportKind kind(DisclosureCue category) {
    return switch (category) {
      case EMPATHY -> SupportKind.EMPATHY;
      case VALIDATION -> SupportKind.VALIDATION;
      case REASSURANCE -> SupportKind.REASSURANCE;
      case OFFER -> SupportKind.OFFER;
      case QUESTION -> SupportKind.QUESTION;
      default -> null;
    };
  }
}
