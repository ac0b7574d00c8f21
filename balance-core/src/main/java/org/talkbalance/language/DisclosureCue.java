package org.talkbalance.language;

/**
 * The categories of the project's disclosure and support lexicons ({@code disclosure-cues.txt},
 * {@code disclosure-emotions.txt}, {@code support-acts.txt}), one constant per category label: the
 * label in upper case with {@code -} as {@code _}. Each file's header documents its categories.
 *
 * <p>Immutable and thread-safe.
 */
enum DisclosureCue {
  NEGATIVE,
  POSITIVE,
  NEGATIVE_LIKING,
  POSITIVE_LIKING,
  NEGATIVE_CAUSE,
  POSITIVE_CAUSE,
  NEGATIVE_EXPRESSIVE,
  POSITIVE_EXPRESSIVE,
  NEGATIVE_STATE,
  POSITIVE_STATE,
  NEGATIVE_APPRAISAL,
  POSITIVE_APPRAISAL,
  ANCHOR_SELF,
  ANCHOR_COUPLE,
  SUBJECT,
  STATE_VERB,
  COPULA,
  FEELING_VERB,
  OPINION,
  WISH,
  NEGATOR,
  NEGATION_EXCEPTION,
  HYPOTHETICAL,
  WHETHER_VERB,
  IRREALIS,
  REPORTING,
  OTHER_SUBJECT,
  QUESTION_START,
  VULNERABILITY,
  FORMULA,
  OPENER,
  BOUNDARY,
  COORDINATOR,
  IMPERATIVE,
  FAMILY,
  RELATIONSHIPS,
  HEALTH,
  WORK,
  MONEY,
  LOSS,
  PAST,
  // support-acts.txt
  EMPATHY,
  VALIDATION,
  REASSURANCE,
  OFFER,
  QUESTION,
  HARDSHIP,
  FEEL,
  INTENSIFIER;

  boolean isFeeling() {
    return this == NEGATIVE || this == POSITIVE;
  }

  boolean isLiking() {
    return this == NEGATIVE_LIKING || this == POSITIVE_LIKING;
  }

  boolean isCause() {
    return this == NEGATIVE_CAUSE || this == POSITIVE_CAUSE;
  }

  boolean isExpressive() {
    return this == NEGATIVE_EXPRESSIVE || this == POSITIVE_EXPRESSIVE;
  }

  boolean isState() {
    return this == NEGATIVE_STATE || this == POSITIVE_STATE;
  }

  boolean isAppraisal() {
    return this == NEGATIVE_APPRAISAL || this == POSITIVE_APPRAISAL;
  }

  boolean isAnchor() {
    return this == ANCHOR_SELF || this == ANCHOR_COUPLE;
  }

  boolean isDomain() {
    return switch (this) {
      case FAMILY, RELATIONSHIPS, HEALTH, WORK, MONEY, LOSS, PAST -> true;
      default -> false;
    };
  }

  /** {@return +1 for pleasant, -1 for unpleasant, 0 for categories without valence} */
  int sign() {
    return switch (this) {
      case POSITIVE, POSITIVE_LIKING, POSITIVE_CAUSE, POSITIVE_EXPRESSIVE, POSITIVE_STATE,
          POSITIVE_APPRAISAL -> 1;
      case NEGATIVE, NEGATIVE_LIKING, NEGATIVE_CAUSE, NEGATIVE_EXPRESSIVE, NEGATIVE_STATE,
          NEGATIVE_APPRAISAL -> -1;
      default -> 0;
    };
  }
}
