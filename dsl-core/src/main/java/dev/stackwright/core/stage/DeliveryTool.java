package dev.stackwright.core.stage;

import dev.stackwright.core.Stack;
import java.util.Arrays;
import java.util.Optional;

/**
 * The delivery tools by name, for choosing one on the command line ({@code synth --delivery
 * kubectl}). A stack keeps its own settings when it already delivers with the chosen tool; else it
 * gets the tool's defaults (Argo CD has none for the repository, which the stack must then state).
 */
public enum DeliveryTool {
  /** Flux Kustomizations. */
  FLUX("flux"),
  /** Argo CD Applications in sync waves. */
  ARGO_CD("argo-cd"),
  /** kubectl and helmfile, from a script. */
  KUBECTL("kubectl");

  private final String option;

  DeliveryTool(String option) {
    this.option = option;
  }

  /** The name used on the command line. */
  public String option() {
    return option;
  }

  /** The tool called {@code option} on the command line. */
  public static Optional<DeliveryTool> fromOption(String option) {
    return Arrays.stream(values()).filter(t -> t.option.equals(option.trim())).findFirst();
  }

  /** The tool of {@code delivery}. */
  public static DeliveryTool of(Delivery delivery) {
    if (delivery instanceof ArgoCdDelivery) {
      return ARGO_CD;
    }
    return delivery instanceof KubectlDelivery ? KUBECTL : FLUX;
  }

  /** {@code stack} delivered with this tool: its own settings if it uses it, else the defaults. */
  public Stack applyTo(Stack stack) {
    if (of(stack.delivery()) == this) {
      return stack;
    }
    Delivery delivery =
        switch (this) {
          case FLUX -> Delivery.flux();
          case KUBECTL -> Delivery.kubectl();
          case ARGO_CD -> ArgoCdDelivery.builder().repoUrl("").build();
        };
    return Stack.builder().from(stack).delivery(delivery).build();
  }
}
