package dev.stackwright.core.cli;

import dev.stackwright.core.output.ObjectDiff;
import java.util.List;

/**
 * {@code diff --format markdown}: the object-level diff as a comment for a pull or merge request.
 * Per stack, a heading with the count, a table of the objects that differ, and the changed fields
 * in a {@code diff} block (so hosts that colour diffs show additions and removals).
 */
final class MarkdownDiff {
  private final StringBuilder text = new StringBuilder("### Stackwright diff\n");

  /** Adds one stack's changes against {@code folder}. */
  void stack(String label, String folder, List<ObjectDiff.Change> changes) {
    text.append('\n')
        .append("#### ")
        .append(label)
        .append(": ")
        .append(count(changes.size()))
        .append(" against `")
        .append(folder)
        .append("`\n");
    if (changes.isEmpty()) {
      return;
    }
    text.append("\n| change | object |\n|---|---|\n");
    for (ObjectDiff.Change c : changes) {
      text.append("| ")
          .append(word(c.sign()))
          .append(" | `")
          .append(c.object().replace("|", "\\|").replace("`", "'"))
          .append("` |\n");
    }
    text.append("\n<details><summary>Fields</summary>\n\n```diff\n");
    for (ObjectDiff.Change c : changes) {
      text.append(c.sign()).append(' ').append(fence(c.object())).append('\n');
      c.fields().forEach(f -> text.append("      ").append(fence(f)).append('\n'));
    }
    text.append("```\n\n</details>\n");
  }

  /** The whole comment. */
  String render() {
    return text.toString();
  }

  private static String count(int n) {
    return switch (n) {
      case 0 -> "no changes";
      case 1 -> "1 object differs";
      default -> n + " objects differ";
    };
  }

  private static String word(char sign) {
    return switch (sign) {
      case '+' -> "added";
      case '-' -> "removed";
      default -> "changed";
    };
  }

  /** A line that cannot close the fenced block it is in. */
  private static String fence(String line) {
    return line.replace("```", "'''");
  }
}
