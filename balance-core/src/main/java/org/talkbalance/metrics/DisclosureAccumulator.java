package org.talkbalance.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.talkbalance.language.AnnotatedUtterance;
import org.talkbalance.language.Disclosure;
import org.talkbalance.language.Sentence;
import org.talkbalance.language.SupportAct;

/**
 * Accumulates self-disclosure, support acts and disclosure reciprocity in one pass over turns and
 * backchannels (DESIGN.md, "Self-disclosure").
 *
 * <p>Reciprocity: every turn with a disclosure opens a window of the next k turns; each other
 * speaker who holds a turn in the window had an opportunity to return it, and returned it if one
 * of those turns holds a disclosure. Memory: counters per speaker and per ordered pair, and at
 * most k open windows. Not thread-safe; one per conversation.
 */
public final class DisclosureAccumulator implements ConversationListener {

  /** Default reciprocity window, in turns (DESIGN.md: k = 2). */
  public static final int DEFAULT_WINDOW_TURNS = 2;

  private static final class Counts {
    final int firstRecord;
    int sentences;
    int informational;
    int thoughts;
    int emotional;
    int negativeEmotional;
    int positiveEmotional;
    long depth;
    int supportActs;
    int turns;
    int disclosingTurns;

    Counts(int firstRecord) {
      this.firstRecord = firstRecord;
    }

    int disclosures() {
      return informational + thoughts + emotional;
    }
  }

  /** A disclosure waiting for its window to close. */
  private static final class Window {
    final String from;
    final int turnIndex;
    final Set<String> hadTurn = new HashSet<>();
    final Set<String> returned = new HashSet<>();

    Window(String from, int turnIndex) {
      this.from = from;
      this.turnIndex = turnIndex;
    }
  }

  private final int windowTurns;
  private final Explanations explanations;
  private final Map<String, Counts> bySpeaker = new LinkedHashMap<>();
  private final Map<String, Map<String, int[]>> pairs = new HashMap<>();
  private final Deque<Window> open = new ArrayDeque<>();
  private int turnIndex;

  /**
   * Creates an accumulator.
   *
   * @param windowTurns k, the turns after a disclosure in which a reply counts as returning it
   *     (1 or more; DESIGN.md default 2)
   * @param explanations where to record the sentences behind each count
   */
  public DisclosureAccumulator(int windowTurns, Explanations explanations) {
    if (windowTurns < 1) {
      throw new IllegalArgumentException("windowTurns must be 1 or more, was " + windowTurns);
    }
    this.windowTurns = windowTurns;
    this.explanations = Objects.requireNonNull(explanations, "explanations");
  }

  @Override
  public void onTurn(Turn turn) {
    String speaker = turn.speaker();
    Counts c = counts(speaker, turn.utterances().get(0));
    boolean discloses = false;
    for (AnnotatedUtterance u : turn.utterances()) {
      for (Sentence s : u.sentences()) {
        c.sentences++;
        discloses |= count(c, speaker, u, s);
      }
    }
    c.turns++;
    c.disclosingTurns += discloses ? 1 : 0;
    for (Window w : open) {
      if (!w.from.equals(speaker)) {
        w.hadTurn.add(speaker);
        if (discloses) {
          w.returned.add(speaker);
        }
      }
    }
    while (!open.isEmpty() && turnIndex - open.peekFirst().turnIndex >= windowTurns) {
      close(open.removeFirst());
    }
    if (discloses) {
      open.addLast(new Window(speaker, turnIndex));
    }
    turnIndex++;
  }

  @Override
  public void onBackchannel(AnnotatedUtterance backchannel) {
    // a backchannel is not a turn and discloses nothing, but "oh no" may still be support
    Counts c = counts(backchannel.speaker(), backchannel);
    for (Sentence s : backchannel.sentences()) {
      for (SupportAct act : s.disclosure().support()) {
        c.supportActs++;
        explainSupport(backchannel.speaker(), backchannel, s, act);
      }
    }
  }

  /** Counts one sentence of a turn; returns whether it discloses. */
  private boolean count(Counts c, String speaker, AnnotatedUtterance u, Sentence s) {
    Disclosure d = s.disclosure().disclosure();
    for (SupportAct act : s.disclosure().support()) {
      c.supportActs++;
      explainSupport(speaker, u, s, act);
    }
    c.depth += d.depth();
    switch (d.level()) {
      case INFORMATIONAL -> c.informational++;
      case THOUGHTS -> c.thoughts++;
      case EMOTIONAL -> {
        c.emotional++;
        switch (d.valence()) {
          case NEGATIVE -> c.negativeEmotional++;
          case POSITIVE -> c.positiveEmotional++;
          case NEUTRAL -> { }
        }
      }
      case NONE -> {
        return false;
      }
    }
    if (explanations.enabled()) {
      explanations.add("disclosure", speaker, u, s.text(),
          d.level().name().toLowerCase(Locale.ROOT) + ", "
              + d.valence().name().toLowerCase(Locale.ROOT)
              + d.anchor().map(a -> " (anchor: " + a).orElse(" (anchor implicit")
              + (d.cues().isEmpty() ? "" : "; cues: " + String.join(", ", d.cues())) + ")");
    }
    return true;
  }

  private void explainSupport(String speaker, AnnotatedUtterance u, Sentence s, SupportAct act) {
    explanations.add("support", speaker, u, s.text(),
        act.kind().name().toLowerCase(Locale.ROOT) + " (cue: " + act.evidence() + ")");
  }

  private void close(Window w) {
    Map<String, int[]> row = pairs.computeIfAbsent(w.from, k -> new HashMap<>());
    for (String to : w.hadTurn) {
      int[] counts = row.computeIfAbsent(to, k -> new int[2]);
      counts[0]++;
      if (w.returned.contains(to)) {
        counts[1]++;
      }
    }
  }

  private Counts counts(String speaker, AnnotatedUtterance first) {
    return bySpeaker.computeIfAbsent(speaker, k -> new Counts(first.utterance().record()));
  }

  /**
   * The figures of everything accumulated so far. Windows still open count with the turns they
   * saw.
   *
   * @return the disclosure figures
   */
  public Disclosures result() {
    Map<String, Map<String, int[]>> closed = new HashMap<>();
    pairs.forEach((from, row) -> {
      Map<String, int[]> copy = new HashMap<>();
      row.forEach((to, counts) -> copy.put(to, counts.clone()));
      closed.put(from, copy);
    });
    for (Window w : open) {
      Map<String, int[]> row = closed.computeIfAbsent(w.from, k -> new HashMap<>());
      for (String to : w.hadTurn) {
        int[] counts = row.computeIfAbsent(to, k -> new int[2]);
        counts[0]++;
        counts[1] += w.returned.contains(to) ? 1 : 0;
      }
    }
    List<Map.Entry<String, Counts>> ordered = new ArrayList<>(bySpeaker.entrySet());
    ordered.sort(Comparator.comparingInt(e -> e.getValue().firstRecord));
    int total = 0;
    int negative = 0;
    int support = 0;
    for (Map.Entry<String, Counts> e : ordered) {
      total += e.getValue().disclosures();
      negative += e.getValue().negativeEmotional;
      support += e.getValue().supportActs;
    }
    List<SpeakerDisclosure> speakers = new ArrayList<>();
    for (Map.Entry<String, Counts> e : ordered) {
      Counts c = e.getValue();
      double negativeShare = negative == 0 ? 0 : (double) c.negativeEmotional / negative;
      double supportShare = support == 0 ? 0 : (double) c.supportActs / support;
      speakers.add(new SpeakerDisclosure(
          e.getKey(), c.sentences, c.disclosures(), c.informational, c.thoughts, c.emotional,
          c.negativeEmotional, c.positiveEmotional,
          rate(c.disclosures(), c.sentences), rate(c.emotional, c.sentences),
          c.sentences == 0 ? Double.NaN : (double) c.depth / c.sentences,
          rate(c.disclosures(), total), negativeShare, c.supportActs, supportShare,
          negativeShare - supportShare));
    }
    List<Reciprocity> reciprocity = new ArrayList<>();
    for (Map.Entry<String, Counts> from : ordered) {
      for (Map.Entry<String, Counts> to : ordered) {
        if (from == to || from.getValue().turns == 0 || to.getValue().turns == 0) {
          continue;
        }
        int[] counts = closed.getOrDefault(from.getKey(), Map.of())
            .getOrDefault(to.getKey(), new int[2]);
        double conditional = rate(counts[1], counts[0]);
        double base = rate(to.getValue().disclosingTurns, to.getValue().turns);
        reciprocity.add(new Reciprocity(from.getKey(), to.getKey(), counts[0], counts[1],
            conditional, base, conditional - base));
      }
    }
    return new Disclosures(speakers, total, support, reciprocity, windowTurns);
  }

  private static double rate(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
