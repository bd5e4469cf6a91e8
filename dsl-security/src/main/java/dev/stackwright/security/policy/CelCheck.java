package dev.stackwright.security.policy;

import org.immutables.value.Value;

/**
 * One CEL expression an admitted object must satisfy, with the message shown when it does not. The
 * expression sees the object under review as {@code object} (Kubernetes' ValidatingAdmissionPolicy
 * conventions, which Kyverno's {@code validate.cel} and Gatekeeper's {@code K8sNativeValidation}
 * engine share).
 *
 * <pre>{@code
 * CelCheck.of("!has(object.spec.hostNetwork) || !object.spec.hostNetwork", "no host network")
 * }</pre>
 */
@Value.Immutable
public abstract class CelCheck {

  /** The CEL expression; true admits the object. */
  @Value.Parameter
  public abstract String expression();

  /** The message shown when the expression is false. */
  @Value.Parameter
  public abstract String message();

  /** A check of {@code expression}, failing with {@code message}. */
  public static CelCheck of(String expression, String message) {
    return ImmutableCelCheck.of(expression, message);
  }
}
