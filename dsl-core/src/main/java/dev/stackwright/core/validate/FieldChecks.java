package dev.stackwright.core.validate;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The field-level rules the object checks share between kinds (label selectors, resource amounts,
 * enums), read from fabric8's typed objects. An absent field (null) is never a problem.
 */
final class FieldChecks {
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist");

  private FieldChecks() {}

  /** A label selector: {@code matchLabels} and {@code matchExpressions}. */
  static void selector(LabelSelector selector, String field, Checks at) {
    if (selector == null) {
      return;
    }
    at.labels(field + ".matchLabels", selector.getMatchLabels());
    each(
        selector.getMatchExpressions(),
        field + ".matchExpressions",
        (e, f) -> expression(e, f, at));
  }

  private static void expression(LabelSelectorRequirement e, String f, Checks at) {
    String key = e.getKey() == null ? "" : e.getKey();
    String keyProblem = Labels.keyProblem(key);
    if (keyProblem != null) {
      at.error(Rules.INVALID_LABEL, f + ".key", "%s", keyProblem);
    }
    String operator = e.getOperator() == null ? "" : e.getOperator();
    List<String> values = e.getValues() == null ? List.of() : e.getValues();
    int count = values.size();
    if (!OPERATORS.contains(operator)) {
      at.error(
          Rules.INVALID_SELECTOR,
          f + ".operator",
          "expected In, NotIn, Exists or DoesNotExist, was \"%s\"",
          operator);
    } else if ((operator.equals("In") || operator.equals("NotIn")) && count == 0) {
      at.error(
          Rules.INVALID_SELECTOR, f + ".values", "operator %s needs at least one value", operator);
    } else if ((operator.equals("Exists") || operator.equals("DoesNotExist")) && count > 0) {
      at.error(
          Rules.INVALID_SELECTOR,
          f + ".values",
          "operator %s takes no values, found %d",
          operator,
          count);
    }
    for (int i = 0; i < count; i++) {
      String problem = Labels.valueProblem(String.valueOf(values.get(i)));
      if (problem != null) {
        at.error(Rules.INVALID_LABEL, f + ".values[" + i + "]", "%s", problem);
      }
    }
  }

  /** A map of resource amounts ({@code requests}, {@code hard}, {@code capacity}...). */
  static void amounts(Map<String, Quantity> amounts, String field, Checks at) {
    if (amounts == null) {
      return;
    }
    amounts.forEach((name, value) -> amount(value, field + "." + name, at));
  }

  /** One resource amount, as it is written: its amount and format. */
  static void amount(Quantity value, String field, Checks at) {
    String problem = Quantities.amountProblem(value == null ? "null" : value.toString());
    if (problem != null) {
      at.error(Rules.INVALID_QUANTITY, field, "%s", problem);
    }
  }

  /** A string that, when set, must be one of {@code allowed}. */
  static void oneOf(String value, Set<String> allowed, String field, Checks at) {
    if (value != null && !allowed.contains(value)) {
      at.error(
          Rules.INVALID_ENUM,
          field,
          "expected one of %s, was \"%s\"",
          String.join(", ", allowed.stream().sorted().toList()),
          value);
    }
  }

  /** Runs {@code check} on each element of {@code list} with its path {@code field[i]}. */
  static <T> void each(List<T> list, String field, BiConsumer<T, String> check) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element != null) {
        check.accept(element, field + "[" + i + "]");
      }
    }
  }
}
