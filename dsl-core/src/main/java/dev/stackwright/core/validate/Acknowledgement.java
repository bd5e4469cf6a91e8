package dev.stackwright.core.validate;

import dev.stackwright.core.StackwrightStyle;
import org.immutables.value.Value;

/**
 * A deliberate opt-out, stated in the definition: the warnings of one rule at one path (or below
 * it) are known and accepted, for a reason. An acknowledged warning is still reported, with its
 * reason, but no longer fails {@code --strict}; an acknowledgement that matches no warning is
 * itself a warning ({@code core.stale-acknowledgement}), so opt-outs never outlive their cause.
 *
 * <pre>{@code
 * Stack.builder().acknowledge(Acknowledgement.of(
 *     "security.pod-security-opt-out", "namespace rook-ceph",
 *     "Ceph's OSD daemons need host devices and host networking"))
 * }</pre>
 *
 * <p>The path is relative to the stack ({@code namespace rook-ceph}) or complete ({@code stack shop
 * / namespace rook-ceph}); it matches a warning at that exact path or anywhere below it (segments
 * are separated by {@code " / "}). An empty path matches the whole stack.
 */
@Value.Immutable
@StackwrightStyle
public abstract class Acknowledgement {

  /** The rule id acknowledged, e.g. {@code security.pod-security-opt-out}. */
  @Value.Parameter
  public abstract String rule();

  /** The path, or path prefix, of the warnings acknowledged. */
  @Value.Parameter
  public abstract String path();

  /** Why the warning is accepted; required, shown in every report. */
  @Value.Parameter
  public abstract String reason();

  /** An acknowledgement of {@code rule}'s warnings at or below {@code path}, for {@code reason}. */
  public static Acknowledgement of(String rule, String path, String reason) {
    return ImmutableAcknowledgement.of(rule, path, reason);
  }

  /** The complete path this acknowledgement matches in the stack called {@code stackName}. */
  public String pathIn(String stackName) {
    String root = "stack " + stackName;
    String p = path().trim();
    if (p.isEmpty()) {
      return root;
    }
    return p.equals(root) || p.startsWith(root + " / ") ? p : root + " / " + p;
  }

  /** Whether this acknowledgement covers {@code warning} in the stack called {@code stackName}. */
  public boolean covers(Diagnostic warning, String stackName) {
    if (warning.isError() || !rule().equals(warning.rule())) {
      return false;
    }
    String p = pathIn(stackName);
    return warning.path().equals(p) || warning.path().startsWith(p + " / ");
  }

  /** Checks the rule and reason are not blank, at {@code checks}. */
  public void validate(Checks checks) {
    checks.require(
        !rule().isBlank(),
        Rules.INVALID_ACKNOWLEDGEMENT,
        "rule",
        "name the rule id acknowledged, such as security.pod-security-opt-out");
    checks.require(
        !reason().isBlank(),
        Rules.INVALID_ACKNOWLEDGEMENT,
        "reason",
        "say why the %s warning is accepted: the reason is shown in every report",
        rule());
  }
}
