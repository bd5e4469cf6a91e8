package dev.stackwright.security.policy;

import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.validate.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pod rules Stackwright checks at synth time that a cluster can check at admission, each named
 * by the id of the synth-time rule it enforces ({@link #id()}), each rendered as CEL checks of a
 * pod ({@code object}). The checks of a rule with parameters (the allowed registries, the required
 * labels) read them through a {@link Params} lookup, so the same expressions serve Kyverno (literal
 * lists) and Gatekeeper (the constraint's {@code variables.params}).
 */
public enum PodRule {
  /**
   * The Pod Security Standards "restricted" profile, as every pod of the pod model meets it unless
   * it opts out ({@code security.pod-security-opt-out}): no host namespaces or host paths, not
   * privileged, no privilege escalation, non-root, all capabilities dropped (only {@code
   * NET_BIND_SERVICE} added), a RuntimeDefault or Localhost seccomp profile. Applied only in the
   * stack's namespaces whose Pod Security level is restricted.
   */
  RESTRICTED_PROFILE(Rules.POD_SECURITY_OPT_OUT, "restricted-profile", "RestrictedProfile"),

  /** Images only from the stack's allowed registries ({@code pod.registry-not-allowed}). */
  ALLOWED_REGISTRIES(PodRules.REGISTRY_NOT_ALLOWED, "allowed-registries", "AllowedRegistries"),

  /**
   * The labels every pod of the stack carries: {@code app.kubernetes.io/name}, which selects it,
   * and any the policies add ({@code security.required-labels}).
   */
  REQUIRED_LABELS(PodRule.REQUIRED_LABELS_ID, "required-labels", "RequiredLabels"),

  /**
   * Images pinned by a version tag or a digest, never {@code latest} ({@code pod.unpinned-image}).
   */
  PINNED_IMAGES(PodRules.UNPINNED_IMAGE, "pinned-images", "PinnedImages"),

  /** A memory limit on every container that runs beside the app ({@code pod.no-limits}). */
  RESOURCE_LIMITS(PodRules.NO_LIMITS, "resource-limits", "ResourceLimits");

  /** The id of the required-labels rule, which has no synth-time counterpart in the pod model. */
  public static final String REQUIRED_LABELS_ID = "security.required-labels";

  /**
   * Every container that can run in a pod: containers and init containers (native sidecars too).
   */
  static final String ALL_CONTAINERS =
      "(object.spec.containers + (has(object.spec.initContainers) ? object.spec.initContainers"
          + " : []))";

  private static final String SECCOMP_OK = "['RuntimeDefault', 'Localhost']";

  private final String id;
  private final String shortName;
  private final String kindSuffix;

  PodRule(String id, String shortName, String kindSuffix) {
    this.id = id;
    this.shortName = shortName;
    this.kindSuffix = kindSuffix;
  }

  /** The id of the synth-time rule this admission rule enforces. */
  public String id() {
    return id;
  }

  /** The short name used in policy, rule and constraint names: {@code restricted-profile}. */
  public String shortName() {
    return shortName;
  }

  /** What the rule asks of a pod, for the policy's description. */
  public String description() {
    return switch (this) {
      case RESTRICTED_PROFILE -> "Pods meet the Pod Security Standards restricted profile.";
      case ALLOWED_REGISTRIES -> "Images come only from the stack's allowed registries.";
      case REQUIRED_LABELS -> "Pods carry the stack's required labels.";
      case PINNED_IMAGES -> "Images are pinned by a version tag or a digest, never latest.";
      case RESOURCE_LIMITS -> "Every long-running container has a memory limit.";
    };
  }

  /** The suffix of the Gatekeeper constraint kind: {@code RestrictedProfile}. */
  String kindSuffix() {
    return kindSuffix;
  }

  /** The rule whose synth-time id is {@code id}, if Stackwright can render it. */
  public static Optional<PodRule> byId(String id) {
    for (PodRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Where the rule's parameters come from: literal CEL lists, or the constraint's parameters. */
  public interface Params extends Function<String, String> {
    /** Parameters written into the expressions as CEL list literals. */
    static Params literal(Map<String, List<String>> values) {
      return name -> Cel.list(values.getOrDefault(name, List.of()));
    }

    /** Parameters read from a Gatekeeper constraint's {@code spec.parameters}. */
    static Params constraint() {
      return name -> "variables.params." + name;
    }
  }

  /** The names of this rule's list parameters ({@code registries}, {@code labels}). */
  List<String> parameterNames() {
    return switch (this) {
      case ALLOWED_REGISTRIES -> List.of("registries");
      case REQUIRED_LABELS -> List.of("labels");
      default -> List.of();
    };
  }

  /** The CEL checks of a pod that this rule stands for. */
  public List<CelCheck> checks(Params params) {
    String all = ALL_CONTAINERS;
    return switch (this) {
      case RESTRICTED_PROFILE ->
          List.of(
              CelCheck.of(
                  "!(has(object.spec.hostNetwork) && object.spec.hostNetwork)"
                      + " && !(has(object.spec.hostPID) && object.spec.hostPID)"
                      + " && !(has(object.spec.hostIPC) && object.spec.hostIPC)",
                  "the restricted profile forbids sharing the node's network, PID or IPC"
                      + " namespace"),
              CelCheck.of(
                  "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath))",
                  "the restricted profile forbids hostPath volumes"),
              CelCheck.of(
                  all
                      + ".all(c, !has(c.securityContext) || !has(c.securityContext.privileged)"
                      + " || !c.securityContext.privileged)",
                  "the restricted profile forbids privileged containers"),
              CelCheck.of(
                  all
                      + ".all(c, has(c.securityContext)"
                      + " && has(c.securityContext.allowPrivilegeEscalation)"
                      + " && !c.securityContext.allowPrivilegeEscalation)",
                  "every container must set securityContext.allowPrivilegeEscalation to false"),
              CelCheck.of(
                  all
                      + ".all(c, (has(c.securityContext) && has(c.securityContext.runAsNonRoot))"
                      + " ? c.securityContext.runAsNonRoot"
                      + " : (has(object.spec.securityContext)"
                      + " && has(object.spec.securityContext.runAsNonRoot)"
                      + " && object.spec.securityContext.runAsNonRoot))",
                  "every container must run as non-root (runAsNonRoot: true)"),
              CelCheck.of(
                  "!(has(object.spec.securityContext) && has(object.spec.securityContext.runAsUser)"
                      + " && object.spec.securityContext.runAsUser == 0)"
                      + " && "
                      + all
                      + ".all(c, !(has(c.securityContext) && has(c.securityContext.runAsUser)"
                      + " && c.securityContext.runAsUser == 0))",
                  "the restricted profile forbids runAsUser 0"),
              CelCheck.of(
                  all
                      + ".all(c, has(c.securityContext) && has(c.securityContext.capabilities)"
                      + " && has(c.securityContext.capabilities.drop)"
                      + " && c.securityContext.capabilities.drop.exists(d, d == 'ALL'))"
                      + " && "
                      + all
                      + ".all(c, !has(c.securityContext) || !has(c.securityContext.capabilities)"
                      + " || !has(c.securityContext.capabilities.add)"
                      + " || c.securityContext.capabilities.add.all(a, a == 'NET_BIND_SERVICE'))",
                  "every container must drop ALL capabilities and add none but NET_BIND_SERVICE"),
              CelCheck.of(
                  "(has(object.spec.securityContext)"
                      + " && has(object.spec.securityContext.seccompProfile)"
                      + " && object.spec.securityContext.seccompProfile.type in "
                      + SECCOMP_OK
                      + ") ? "
                      + all
                      + ".all(c, !has(c.securityContext) || !has(c.securityContext.seccompProfile)"
                      + " || c.securityContext.seccompProfile.type in "
                      + SECCOMP_OK
                      + ") : "
                      + all
                      + ".all(c, has(c.securityContext) && has(c.securityContext.seccompProfile)"
                      + " && c.securityContext.seccompProfile.type in "
                      + SECCOMP_OK
                      + ")",
                  "the pod or every container must use the RuntimeDefault or Localhost seccomp"
                      + " profile"));
      case ALLOWED_REGISTRIES -> {
        String registries = params.apply("registries");
        yield List.of(
            CelCheck.of(
                all
                    + ".all(c, "
                    + registries
                    + ".exists(r, c.image.startsWith(r + '/'))"
                    + " || ('docker.io' in "
                    + registries
                    + " && !c.image.matches('^([^/]*[.:][^/]*|localhost)/')))",
                "every image must come from an allowed registry"));
      }
      case REQUIRED_LABELS -> {
        String labels = params.apply("labels");
        yield List.of(
            CelCheck.of(
                labels + ".all(l, has(object.metadata.labels) && l in object.metadata.labels)",
                "the pod must carry the stack's required labels"));
      }
      case PINNED_IMAGES ->
          List.of(
              CelCheck.of(
                  all
                      + ".all(c, c.image.contains('@')"
                      + " || (c.image.matches(':[^/:]+$') && !c.image.endsWith(':latest')))",
                  "every image must be pinned by a version tag or a digest, never latest"));
      case RESOURCE_LIMITS ->
          List.of(
              CelCheck.of(
                  "(object.spec.containers + (has(object.spec.initContainers)"
                      + " ? object.spec.initContainers.filter(c, has(c.restartPolicy)"
                      + " && c.restartPolicy == 'Always') : []))"
                      + ".all(c, has(c.resources) && has(c.resources.limits)"
                      + " && 'memory' in c.resources.limits)",
                  "every container must set a memory limit"));
    };
  }
}
