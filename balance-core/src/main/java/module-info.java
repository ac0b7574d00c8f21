/**
 * talkbalance: measures conversational balance (who talks, who asks, who opens up, and whether it
 * is returned) from transcripts.
 *
 * <p>Only the API packages are exported; OpenNLP, Commons Math, Commons CSV and Jackson are used
 * behind talkbalance's own types.
 */
module org.talkbalance {
  exports org.talkbalance;
  exports org.talkbalance.transcript;
  exports org.talkbalance.language;
  exports org.talkbalance.metrics;
  exports org.talkbalance.report;

  requires org.apache.opennlp.tools;
  requires commons.math3;
  requires org.apache.commons.csv;
  requires com.fasterxml.jackson.core;
}
