package dev.stackwright.observability;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chart values this module's typed releases share: the restricted Pod Security profile in the shape
 * charts take it ({@code podSecurityContext} / {@code securityContext}), and the deep merge of a
 * release's extra values over its typed ones.
 */
public final class ReleaseValues {
  private ReleaseValues() {}

  /** A pod security context meeting the restricted profile, running as {@code user}. */
  public static Map<String, Object> restrictedPod(long user) {
    Map<String, Object> pod = new TreeMap<>();
    pod.put("runAsNonRoot", true);
    pod.put("runAsUser", user);
    pod.put("runAsGroup", user);
    pod.put("fsGroup", user);
    pod.put("seccompProfile", Map.of("type", "RuntimeDefault"));
    return pod;
  }

  /**
   * A container security context meeting the restricted profile: no privilege escalation, every
   * capability dropped, RuntimeDefault seccomp; a read-only root filesystem when {@code
   * readOnlyRoot} (the container writes only to its volumes).
   */
  public static Map<String, Object> restrictedContainer(boolean readOnlyRoot) {
    Map<String, Object> container = new TreeMap<>();
    container.put("allowPrivilegeEscalation", false);
    container.put("capabilities", Map.of("drop", List.of("ALL")));
    container.put("readOnlyRootFilesystem", readOnlyRoot);
    container.put("seccompProfile", Map.of("type", "RuntimeDefault"));
    return container;
  }

  /** {@code over} merged into {@code base}: maps merge key by key, anything else is replaced. */
  public static Map<String, Object> merge(Map<String, Object> base, Map<String, ?> over) {
    return ValuesMerge.merge(base, over);
  }
}
