package dev.stackwright.observability.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

  @Test
  void balancedExpressionsPass() {
    assertThat(PromQl.balanceProblem("sum(rate(x{a=\"(\"}[5m])) > 0")).isNull();
    assertThat(PromQl.balanceProblem("up{job=~`a[b`} == 0 # a comment ( ")).isNull();
  }

  @Test
  void unbalancedBracketsAndStringsAreNamedWithTheirOffset() {
    assertThat(PromQl.balanceProblem("sum(rate(x[5m])")).isEqualTo("'(' at offset 3 is not closed");
    assertThat(PromQl.balanceProblem("rate(x[5m)]"))
        .isEqualTo("'[' at offset 6 is closed by ')' at offset 9");
    assertThat(PromQl.balanceProblem("x)")).isEqualTo("')' at offset 1 closes nothing");
    assertThat(PromQl.balanceProblem("x{a=\"b}"))
        .isEqualTo("the string opened with \" at offset 4 is not closed");
  }

  @Test
  void matcherLabelsAreFoundOutsideStrings() {
    assertThat(PromQl.matcherLabels("x{a=\"1\", b!~\"{c=d}\"} / y{ns=\"x\"}"))
        .containsExactly("a", "b", "ns");
  }

  @Test
  void keptLabelsAreKnownForAWholeExpressionAggregation() {
    assertThat(PromQl.keptLabels("sum by (namespace, pod) (x) > 0"))
        .contains(Set.of("namespace", "pod"));
    assertThat(PromQl.keptLabels("max(x) by (job)")).contains(Set.of("job"));
    assertThat(PromQl.keptLabels("sum(rate(x[5m]))")).contains(Set.of());
    assertThat(PromQl.keptLabels("sum(x) / sum(y)")).isEmpty();
    assertThat(PromQl.keptLabels("up == 0")).isEmpty();
    assertThat(PromQl.keptLabels("sum without (pod) (x)")).isEmpty();
  }
}
