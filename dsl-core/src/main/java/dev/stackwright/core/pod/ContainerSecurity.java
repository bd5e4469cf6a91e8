package dev.stackwright.core.pod;

import dev.stackwright.core.StackwrightStyle;
import dev.stackwright.core.validate.Checks;
import dev.stackwright.core.validate.Rules;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.util.List;
import org.immutables.value.Value;

/**
 * The security settings of one container. By default it meets the Pod Security Standards
 * "restricted" profile: non-root, no privilege escalation, every capability dropped, RuntimeDefault
 * seccomp and a read-only root filesystem. Each field is a visible opt-out that produces a warning.
 * Synthesizes into the container's {@code securityContext}.
 */
@Value.Immutable
@StackwrightStyle
public abstract class ContainerSecurity {
  private static final ContainerSecurity RESTRICTED = builder().build();

  /** Whether the container may run as root (drops {@code runAsNonRoot}); false by default. */
  @Value.Default
  public boolean runAsRoot() {
    return false;
  }

  /** Whether a process may gain more privileges than its parent; false by default. */
  @Value.Default
  public boolean allowPrivilegeEscalation() {
    return false;
  }

  /** Whether the container runs privileged; false by default. */
  @Value.Default
  public boolean privileged() {
    return false;
  }

  /** Whether the root filesystem is writable; false by default (mount a scratch dir instead). */
  @Value.Default
  public boolean writableRootFilesystem() {
    return false;
  }

  /** Whether seccomp is off ({@code Unconfined}); false by default ({@code RuntimeDefault}). */
  @Value.Default
  public boolean unconfinedSeccomp() {
    return false;
  }

  /**
   * Capabilities added back after dropping all. {@code NET_BIND_SERVICE} is the one the restricted
   * profile allows; any other is an opt-out.
   */
  public abstract List<String> addedCapabilities();

  /** The restricted settings. */
  public static ContainerSecurity restricted() {
    return RESTRICTED;
  }

  /** A builder starting from the restricted settings. */
  public static Builder builder() {
    return new Builder();
  }

  void validate(Checks checks) {
    optOut(checks, runAsRoot(), "runAsRoot", "may run as root");
    optOut(checks, allowPrivilegeEscalation(), "allowPrivilegeEscalation", "allows escalation");
    optOut(checks, privileged(), "privileged", "runs privileged");
    optOut(checks, writableRootFilesystem(), "writableRootFilesystem", "has a writable root fs");
    optOut(checks, unconfinedSeccomp(), "unconfinedSeccomp", "runs without seccomp");
    for (String cap : addedCapabilities()) {
      optOut(
          checks, !cap.equals("NET_BIND_SERVICE"), "addedCapabilities", "adds capability " + cap);
    }
  }

  private static void optOut(Checks checks, boolean out, String field, String what) {
    if (out) {
      checks.warn(
          Rules.POD_SECURITY_OPT_OUT,
          "security." + field,
          "the container %s, outside the restricted Pod Security Standard",
          what);
    }
  }

  SecurityContext toSecurityContext() {
    SecurityContextBuilder b =
        new SecurityContextBuilder()
            .withAllowPrivilegeEscalation(allowPrivilegeEscalation())
            .withNewCapabilities()
            .withDrop("ALL")
            .withAdd(addedCapabilities().isEmpty() ? null : List.copyOf(addedCapabilities()))
            .endCapabilities()
            .withReadOnlyRootFilesystem(!writableRootFilesystem())
            .withNewSeccompProfile()
            .withType(unconfinedSeccomp() ? "Unconfined" : "RuntimeDefault")
            .endSeccompProfile();
    if (!runAsRoot()) {
      b.withRunAsNonRoot(true);
    }
    if (privileged()) {
      b.withPrivileged(true);
    }
    return b.build();
  }

  /** Builds {@link ContainerSecurity}. */
  public static class Builder extends ImmutableContainerSecurity.Builder {}
}
