package dev.stackwright.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A null where a definition expects a value is refused at once, naming the argument. */
class StackTest {

  @Test
  void aNullComponentNamesItsArgument() {
    TestComponent api = TestComponent.of("api");

    assertThatThrownBy(() -> Stack.builder().name("shop").add(api, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(
            "Stack.builder().add(...): argument 2 of 2 is null; was it built after the stack, or"
                + " returned by a method that returned null?");
    assertThatThrownBy(() -> Stack.builder().add(Arrays.asList(null, api)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Stack.builder().add(...): argument 1 of 2 is null");
  }

  @Test
  void aNullAcknowledgementNamesItsArgument() {
    assertThatThrownBy(() -> Stack.builder().acknowledge(null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("Stack.builder().acknowledge(...): argument 1 of 2 is null");
  }
}
