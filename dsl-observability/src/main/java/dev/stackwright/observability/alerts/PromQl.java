package dev.stackwright.observability.alerts;

import dev.stackwright.core.validate.Checks;
import dev.stackwright.observability.ObservabilityRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a PromQL expression gets before it reaches Prometheus: not empty, parentheses,
 * brackets, braces and quotes balanced, label names in matchers well-formed; and, where the shape
 * of the expression tells, which labels its result keeps. It is a lexical check, not a parser: what
 * passes may still be wrong, what fails is certainly wrong.
 */
public final class PromQl {
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern TRAILING_COMPARISON =
      Pattern.compile(
          "(?s)(.*?)\\s*(==|!=|>=|<=|>|<)\\s*(bool\\s+)?[-+]?[0-9.]+([eE][-+]?[0-9]+)?\\s*");
  private static final Pattern AGGREGATION =
      Pattern.compile(
          "(?s)(sum|min|max|avg|count|group|stddev|stdvar)\\s*(by\\s*\\(([^)]*)\\))?\\s*\\(");
  private static final Pattern TRAILING_BY = Pattern.compile("(?s)\\s*by\\s*\\(([^)]*)\\)\\s*");

  private PromQl() {}

  /** Whether {@code name} is a valid Prometheus label name. */
  public static boolean isLabelName(String name) {
    return name != null && LABEL_NAME.matcher(name).matches();
  }

  /**
   * Reports every problem of {@code expr} at {@code field}: empty ({@code
   * observability.empty-expression}), unbalanced ({@code observability.unbalanced-expression}),
   * malformed matcher label names ({@code observability.invalid-label}).
   *
   * @return whether the expression passed
   */
  public static boolean check(String expr, Checks checks, String field) {
    if (expr == null || expr.isBlank()) {
      checks.error(
          ObservabilityRules.EMPTY_EXPRESSION,
          field,
          "the expression is empty; expected PromQL such as up == 0");
      return false;
    }
    String problem = balanceProblem(expr);
    if (problem != null) {
      checks.error(ObservabilityRules.UNBALANCED_EXPRESSION, field, "%s in \"%s\"", problem, expr);
      return false;
    }
    boolean ok = true;
    for (String name : matcherLabels(expr)) {
      if (!isLabelName(name) && !(name.startsWith("\"") && name.endsWith("\""))) {
        checks.error(
            ObservabilityRules.INVALID_LABEL,
            field,
            "label matcher names \"%s\"; expected a label name of letters, digits and '_' not"
                + " starting with a digit",
            name);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * What is unbalanced in {@code expr}: an unclosed or mismatched bracket, or an unterminated
   * string; null when everything balances. Brackets inside strings and comments do not count.
   */
  public static String balanceProblem(String expr) {
    Deque<Integer> open = new ArrayDeque<>();
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int end = stringEnd(expr, i);
        if (end < 0) {
          return "the string opened with " + c + " at offset " + i + " is not closed";
        }
        i = end + 1;
        continue;
      }
      if (c == '#') {
        int nl = expr.indexOf('\n', i);
        i = nl < 0 ? expr.length() : nl + 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        open.push(i);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty()) {
          return "'" + c + "' at offset " + i + " closes nothing";
        }
        int at = open.pop();
        char opener = expr.charAt(at);
        if (closerOf(opener) != c) {
          return "'" + opener + "' at offset " + at + " is closed by '" + c + "' at offset " + i;
        }
      }
      i++;
    }
    if (!open.isEmpty()) {
      int at = open.peek();
      return "'" + expr.charAt(at) + "' at offset " + at + " is not closed";
    }
    return null;
  }

  /**
   * The labels the result of {@code expr} keeps, when its shape tells: an aggregation over the
   * whole expression ({@code sum by (namespace, pod) (...)}, optionally compared with a number).
   * Empty when it cannot tell.
   */
  public static Optional<Set<String>> keptLabels(String expr) {
    if (expr == null || balanceProblem(expr) != null) {
      return Optional.empty();
    }
    String body = expr.trim();
    Matcher comparison = TRAILING_COMPARISON.matcher(body);
    if (comparison.matches()) {
      body = comparison.group(1).trim();
    }
    Matcher agg = AGGREGATION.matcher(body);
    if (!agg.lookingAt()) {
      return Optional.empty();
    }
    int close = matchingClose(body, agg.end() - 1);
    if (close < 0) {
      return Optional.empty();
    }
    String rest = body.substring(close + 1);
    String by = agg.group(3);
    if (!rest.isBlank()) {
      Matcher trailing = TRAILING_BY.matcher(rest);
      if (by != null || !trailing.matches()) {
        return Optional.empty();
      }
      by = trailing.group(1);
    }
    Set<String> kept = new LinkedHashSet<>();
    if (by != null) {
      for (String label : by.split(",", -1)) {
        if (!label.isBlank()) {
          kept.add(label.trim());
        }
      }
    }
    return Optional.of(kept);
  }

  /** The label names used in the matchers ({@code {name="value"}}) of {@code expr}. */
  static List<String> matcherLabels(String expr) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = stringEnd(expr, i) + 1;
        continue;
      }
      if (c == '{') {
        int close = matchingClose(expr, i);
        for (String matcher : splitMatchers(expr.substring(i + 1, close))) {
          int op = operatorIndex(matcher);
          if (op > 0) {
            names.add(matcher.substring(0, op).trim());
          }
        }
        i = close + 1;
        continue;
      }
      i++;
    }
    return names;
  }

  private static List<String> splitMatchers(String inside) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < inside.length()) {
      char c = inside.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = stringEnd(inside, i) + 1;
        continue;
      }
      if (c == ',') {
        parts.add(inside.substring(start, i));
        start = i + 1;
      }
      i++;
    }
    parts.add(inside.substring(start));
    return parts.stream().filter(p -> !p.isBlank()).toList();
  }

  private static int operatorIndex(String matcher) {
    int i = 0;
    while (i < matcher.length()) {
      char c = matcher.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = stringEnd(matcher, i) + 1;
        continue;
      }
      if (c == '=' || c == '!') {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static int matchingClose(String s, int openAt) {
    int depth = 0;
    int i = openAt;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = stringEnd(s, i) + 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }

  private static int stringEnd(String s, int openAt) {
    char quote = s.charAt(openAt);
    int i = openAt + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
        continue;
      }
      if (c == quote) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static char closerOf(char opener) {
    return switch (opener) {
      case '(' -> ')';
      case '[' -> ']';
      default -> '}';
    };
  }
}
