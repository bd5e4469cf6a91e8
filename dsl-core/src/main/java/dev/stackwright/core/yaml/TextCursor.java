package dev.stackwright.core.yaml;

/**
 * The text written so far and what the block layout needs to know about its end: the column,
 * whether the last character was a space or line start, whether the line holds only indentation and
 * indicators, and the indentation of the node being written with those of its parents.
 *
 * <p>These are the layout rules of SnakeYAML's emitter (block mappings and sequences with the
 * sequence indicator indented under its key), which decide where line breaks and spaces go.
 */
final class TextCursor {
  /** Spaces per nesting level, and the sequence indicator's indentation. */
  static final int STEP = 2;

  private static final String SPACES = "                                                  ";

  final StringBuilder out;
  int column;
  boolean whitespace = true;
  boolean indention = true;

  /** The current indentation; -1 before the root node set one. */
  int indent = -1;

  private int[] indents = new int[32];
  private int depth;

  TextCursor(StringBuilder out) {
    this.out = out;
  }

  /** Enters a node: a flow node (a scalar) or a block collection, indented one step unless told. */
  void pushIndent(boolean flow, boolean indentless) {
    if (depth == indents.length) {
      indents = java.util.Arrays.copyOf(indents, depth * 2);
    }
    indents[depth++] = indent;
    if (indent < 0) {
      indent = flow ? STEP : 0;
    } else if (!indentless) {
      indent += STEP;
    }
  }

  void popIndent() {
    indent = indents[--depth];
  }

  /** An indicator such as {@code -}, {@code :} or a quote, after a space when one is needed. */
  void indicator(char c, boolean needWhitespace, boolean whitespaceAfter, boolean indentation) {
    if (!whitespace && needWhitespace) {
      column++;
      out.append(' ');
    }
    whitespace = whitespaceAfter;
    indention = indention && indentation;
    column++;
    out.append(c);
  }

  /** A longer indicator (a block scalar header). */
  void indicator(String s, boolean needWhitespace) {
    if (!whitespace && needWhitespace) {
      column++;
      out.append(' ');
    }
    whitespace = false;
    indention = false;
    column += s.length();
    out.append(s);
  }

  /** Goes to the current indentation, on a new line unless this line holds only indentation. */
  void writeIndent() {
    int target = indent < 0 ? 0 : indent;
    if (!indention || column > target || (column == target && !whitespace)) {
      lineBreak();
    }
    spaces(target - column);
  }

  void spaces(int n) {
    if (n <= 0) {
      return;
    }
    whitespace = true;
    column += n;
    while (n > SPACES.length()) {
      out.append(SPACES);
      n -= SPACES.length();
    }
    out.append(SPACES, 0, n);
  }

  void lineBreak() {
    lineBreak('\n');
  }

  void lineBreak(char c) {
    whitespace = true;
    indention = true;
    column = 0;
    out.append(c);
  }

  /** Text without line breaks, counted in the column. */
  void text(String s, int start, int end) {
    column += end - start;
    out.append(s, start, end);
  }
}
