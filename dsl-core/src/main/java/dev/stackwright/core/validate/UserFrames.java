package dev.stackwright.core.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Describes an exception thrown by a user's own definition code with the frames of that code only:
 * the lines of the definition that led to it, without the frames of Stackwright, the JDK and the
 * libraries below it (which a {@code --stacktrace} switch shows).
 */
public final class UserFrames {
  private static final List<String> LIBRARY =
      List.of(
          "dev.stackwright.core.",
          "dev.stackwright.compute.",
          "dev.stackwright.network.",
          "dev.stackwright.storage.",
          "dev.stackwright.mesh.",
          "dev.stackwright.observability.",
          "dev.stackwright.security.",
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "com.sun.",
          "org.immutables.",
          "io.fabric8.",
          "com.fasterxml.",
          "com.google.",
          "picocli.",
          "org.codehaus.",
          "org.apache.maven.",
          "org.junit.",
          "org.assertj.");

  private UserFrames() {}

  /** Whether {@code frame} belongs to the user's code rather than Stackwright or a library. */
  public static boolean isUserFrame(StackTraceElement frame) {
    String cls = frame.getClassName();
    for (String prefix : LIBRARY) {
      if (cls.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One line: the exception, its message and the first frame of user code, e.g. {@code
   * NullPointerException: name (at com.example.Shop.stack(Shop.java:12))}.
   */
  public static String describe(Throwable e) {
    String head = headline(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (isUserFrame(frame)) {
          return head + " (at " + frame + ")";
        }
      }
    }
    return head;
  }

  /**
   * The exception and each of its causes, each followed by the frames of user code in it and a
   * count of the frames left out.
   */
  public static List<String> lines(Throwable e) {
    List<String> lines = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      lines.add((t == e ? "" : "caused by ") + headline(t));
      int hidden = 0;
      for (StackTraceElement frame : t.getStackTrace()) {
        if (isUserFrame(frame)) {
          lines.add("    at " + frame);
        } else {
          hidden++;
        }
      }
      if (hidden > 0) {
        lines.add(
            "    ("
                + hidden
                + " frames of Stackwright, the JDK and libraries left out; --stacktrace shows"
                + " them)");
      }
    }
    return lines;
  }

  private static String headline(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
