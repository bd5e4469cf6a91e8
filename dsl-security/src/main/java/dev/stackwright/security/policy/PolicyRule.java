package dev.stackwright.security.policy;

import dev.stackwright.core.validate.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user-written admission rule beside the generated ones: CEL checks of the objects of some kinds,
 * rendered for the stack's engine like the generated rules (a Kyverno rule, or a Gatekeeper
 * template and constraint). Cluster-wide by default; with a namespace, a Kyverno {@code Policy} in
 * that namespace (a Gatekeeper constraint matching it).
 *
 * <pre>{@code
 * PolicyRule.builder().name("no-default-service-account")
 *     .addCheck(CelCheck.of("has(object.spec.serviceAccountName)"
 *         + " && object.spec.serviceAccountName != 'default'", "pods run as their own account"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyRule {

  /** The rule's name: a DNS-1123 label, unique among the stack's rules. */
  public abstract String name();

  /** What the rule is for, written into the policy's description. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The kinds the rule applies to; {@link MatchKind#POD} when empty. */
  public abstract List<MatchKind> kinds();

  /** The checks; every one must hold. */
  public abstract List<CelCheck> checks();

  /** The one namespace the rule applies to; empty means every namespace the policies cover. */
  public abstract Optional<String> namespace();

  /** The kinds, {@link MatchKind#POD} when none are given. */
  List<MatchKind> matchedKinds() {
    return kinds().isEmpty() ? List.of(MatchKind.POD) : kinds();
  }

  /** A builder for a rule. */
  public static Builder builder() {
    return new Builder();
  }

  void validate(Checks at) {
    at.label("name", name());
    at.require(
        !checks().isEmpty(),
        PolicyRules.INVALID_RULE,
        "checks",
        "a rule needs at least one CelCheck; add one with addCheck(CelCheck.of(expression,"
            + " message))");
    for (int i = 0; i < checks().size(); i++) {
      CelCheck c = checks().get(i);
      at.require(
          !c.expression().isBlank(),
          PolicyRules.INVALID_RULE,
          "checks[" + i + "].expression",
          "the expression is empty");
      at.require(
          !c.message().isBlank(),
          PolicyRules.INVALID_RULE,
          "checks[" + i + "].message",
          "the message is empty; say what the object must do");
    }
    for (int i = 0; i < kinds().size(); i++) {
      MatchKind k = kinds().get(i);
      at.require(
          k.kind().matches("[A-Z][A-Za-z0-9]*") && !k.version().isBlank(),
          PolicyRules.INVALID_RULE,
          "kinds[" + i + "]",
          "expected a kind such as Pod or Deployment with its version, was %s/%s/%s",
          k.group(),
          k.version(),
          k.kind());
    }
    namespace().ifPresent(ns -> at.label("namespace", ns));
  }

  /** Builds a {@link PolicyRule}. */
  public static class Builder extends ImmutablePolicyRule.Builder {}
}
