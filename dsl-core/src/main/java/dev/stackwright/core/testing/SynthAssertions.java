package dev.stackwright.core.testing;

import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;

/**
 * The entry point of Stackwright's AssertJ assertions, for users' tests of their platform
 * definitions:
 *
 * <pre>{@code
 * assertThat(stack).object(Deployment.class, "api")
 *     .extracting(d -> d.getSpec().getReplicas()).isEqualTo(3);
 * assertThat(badStack).hasError("compute.port-range", "container app / ports[0]");
 * }</pre>
 */
public final class SynthAssertions {
  private SynthAssertions() {}

  /** Assertions over a synthesis result. */
  public static SynthResultAssert assertThat(SynthResult actual) {
    return new SynthResultAssert(actual);
  }

  /** Synthesizes {@code stack} leniently and returns assertions over the result. */
  public static SynthResultAssert assertThat(Stack stack) {
    return new SynthResultAssert(Synthesizer.synthesize(stack));
  }
}
