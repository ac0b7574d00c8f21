/** Benchmarks run as commands, out of the test run; figures go to {@code docs/PERFORMANCE.md}. */
package org.talkbalance.examples.bench;
