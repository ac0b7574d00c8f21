package org.talkbalance.examples;

import org.talkbalance.TestNamingTest;

/** Every class with tests in this module is named so that Surefire runs it. */
class ExamplesTestNamingTest extends TestNamingTest {}
