package dev.stackwright.core.yaml;

/**
 * Lays out one YAML document from node events in block style, as SnakeYAML's emitter does with
 * Stackwright's options: mapping keys at their indentation, sequence items as {@code - } indented
 * under their key, empty collections as {@code {}} and {@code []}, and no document markers. A
 * collection's start waits for the next event, which tells whether it is empty.
 */
final class BlockEmitter {
  private static final int ROOT = 0;
  private static final int MAP_KEY = 1;
  private static final int MAP_VALUE = 2;
  private static final int SEQ_FIRST = 3;
  private static final int SEQ_NEXT = 4;

  private static final int NONE = 0;
  private static final int MAPPING = 1;
  private static final int SEQUENCE = 2;

  /** Keys this long or longer are written as complex keys, which this emitter leaves to Jackson. */
  private static final int MAX_SIMPLE_KEY_LENGTH = 128;

  private final TextCursor cursor;
  private int[] states = new int[32];
  private int depth;
  private int pending = NONE;
  private boolean rootWritten;

  BlockEmitter(StringBuilder out) {
    this.cursor = new TextCursor(out);
    states[0] = ROOT;
  }

  void startMapping() throws NeedsJackson {
    flushPending();
    pending = MAPPING;
  }

  void startSequence() throws NeedsJackson {
    flushPending();
    pending = SEQUENCE;
  }

  void endMapping() throws NeedsJackson {
    end(MAPPING, '{', '}');
  }

  void endSequence() throws NeedsJackson {
    end(SEQUENCE, '[', ']');
  }

  private void end(int kind, char open, char close) throws NeedsJackson {
    if (pending == kind) {
      pending = NONE;
      beginNode();
      cursor.indicator(open, true, true, false);
      cursor.indicator(close, false, false, false);
      endNode();
      return;
    }
    flushPending();
    cursor.popIndent();
    depth--;
    endNode();
  }

  /** A mapping key, in the style its text calls for ({@link QuotingRules#keyStyle}). */
  void key(String name) throws NeedsJackson {
    flushPending();
    if (states[depth] != MAP_KEY) {
      throw new NeedsJackson("a key outside a mapping");
    }
    cursor.writeIndent();
    KeyStyles.KeyStyle style = KeyStyles.of(name);
    if (name.length() >= MAX_SIMPLE_KEY_LENGTH
        || (style.flags() & (ScalarStyle.EMPTY | ScalarStyle.MULTILINE)) != 0) {
      throw new NeedsJackson("a complex key");
    }
    cursor.pushIndent(true, false);
    ScalarText.write(cursor, name, style.style());
    cursor.popIndent();
    states[depth] = MAP_VALUE;
  }

  /** A scalar value; {@code requested} is the style Jackson asked for. */
  void scalar(String value, int requested) throws NeedsJackson {
    flushPending();
    if (depth == 0 && value.isEmpty()) {
      throw new NeedsJackson("an empty root scalar");
    }
    beginNode();
    cursor.pushIndent(true, false);
    ScalarText.write(
        cursor, value, ScalarStyle.choose(requested, ScalarStyle.analyze(value), false));
    cursor.popIndent();
    endNode();
  }

  /** Ends the document: the last line is ended. */
  void finish() throws NeedsJackson {
    if (pending != NONE || depth != 0 || !rootWritten) {
      throw new NeedsJackson("an incomplete document");
    }
    cursor.writeIndent();
  }

  private void flushPending() throws NeedsJackson {
    if (pending == NONE) {
      return;
    }
    int kind = pending;
    pending = NONE;
    boolean mappingContext = beginNode();
    if (kind == MAPPING) {
      cursor.pushIndent(false, false);
      push(MAP_KEY);
    } else {
      cursor.pushIndent(false, mappingContext && !cursor.indention);
      push(SEQ_FIRST);
    }
  }

  private void push(int state) {
    if (++depth == states.length) {
      states = java.util.Arrays.copyOf(states, depth * 2);
    }
    states[depth] = state;
  }

  /** What comes before a node in its parent; whether the node is a mapping's value. */
  private boolean beginNode() throws NeedsJackson {
    switch (states[depth]) {
      case MAP_VALUE -> {
        cursor.indicator(':', false, false, false);
        return true;
      }
      case SEQ_FIRST, SEQ_NEXT -> {
        boolean first = states[depth] == SEQ_FIRST;
        cursor.writeIndent();
        if (first) {
          cursor.spaces(TextCursor.STEP);
        }
        cursor.indicator('-', true, false, true);
        if (first) {
          cursor.indent += TextCursor.STEP;
        }
        states[depth] = SEQ_NEXT;
        return false;
      }
      case ROOT -> {
        if (rootWritten) {
          throw new NeedsJackson("a second root value");
        }
        return false;
      }
      default -> throw new NeedsJackson("a value where a key was expected");
    }
  }

  private void endNode() {
    if (states[depth] == MAP_VALUE) {
      states[depth] = MAP_KEY;
    } else if (depth == 0) {
      rootWritten = true;
    }
  }
}
