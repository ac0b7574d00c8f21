package org.talkbalance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talkbalance.transcript.WhatsAppParser.DateOrder;

/** The day/month order of a WhatsApp export, inferred from its first lines. */
class WhatsAppDateOrderTest {

  static Stream<Arguments> heads() {
    return Stream.of(
        // a number above 12 decides
        Arguments.of("13/01/2023, 10:15 - A: x\n", DateOrder.DAY_FIRST),
        Arguments.of("1/13/23, 10:15 AM - A: x\n", DateOrder.MONTH_FIRST),
        Arguments.of("13.01.23, 10:15 - A: x\n", DateOrder.DAY_FIRST),
        Arguments.of("2023-01-13, 10:15 - A: x\n", DateOrder.YEAR_FIRST),
        // otherwise the order under which dates never go backwards
        Arguments.of("11/01/2023, 10:00 - A: x\n12/01/2023, 10:00 - A: y\n01/02/2023, 10:00 - A: z\n",
            DateOrder.DAY_FIRST),
        Arguments.of("[01/11/2023, 10:00:00] A: x\n[01/12/2023, 10:00:00] A: y\n[02/01/2023, 10:00:00] A: z\n",
            DateOrder.MONTH_FIRST),
        // otherwise the clock: 12 h (en-US) month-first, 24 h day-first
        Arguments.of("1/2/23, 10:15\u202FPM - A: x\n", DateOrder.MONTH_FIRST),
        Arguments.of("01/02/2023, 22:15 - A: x\n", DateOrder.DAY_FIRST),
        Arguments.of("", DateOrder.DAY_FIRST));
  }

  @ParameterizedTest
  @MethodSource("heads")
  void infersTheDateOrder(String head, DateOrder expected) {
    assertEquals(expected, WhatsAppParser.inferOrder(head));
  }
}
