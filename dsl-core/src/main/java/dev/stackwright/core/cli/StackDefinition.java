package dev.stackwright.core.cli;

import dev.stackwright.core.Stack;
import java.util.List;

/**
 * Where the CLI gets the stacks from: usually a method reference to the user's definition, called
 * inside the CLI so that a mistake thrown while building the stacks is reported, not a stack trace.
 */
@FunctionalInterface
public interface StackDefinition {

  /** Builds the stacks to synthesize. */
  List<Stack> stacks();
}
