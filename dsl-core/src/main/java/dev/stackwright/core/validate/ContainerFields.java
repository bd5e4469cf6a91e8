package dev.stackwright.core.validate;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields the object checks read from a container, the same for the three lists of a pod spec
 * (fabric8's {@code EphemeralContainer} is a class of its own). Absent fields are null.
 */
record ContainerFields(
    List<EnvVar> env,
    List<EnvFromSource> envFrom,
    ResourceRequirements resources,
    String imagePullPolicy,
    List<ContainerPort> ports) {

  /**
   * The containers of {@code spec} by list, in the order the API defines them: {@code
   * initContainers}, {@code containers}, {@code ephemeralContainers}; a null element stays null, so
   * indexes match the object.
   */
  static Map<String, List<ContainerFields>> of(PodSpec spec) {
    Map<String, List<ContainerFields>> lists = new LinkedHashMap<>();
    lists.put("initContainers", of(spec.getInitContainers()));
    lists.put("containers", of(spec.getContainers()));
    List<ContainerFields> ephemeral = new ArrayList<>();
    if (spec.getEphemeralContainers() != null) {
      for (EphemeralContainer c : spec.getEphemeralContainers()) {
        ephemeral.add(
            c == null
                ? null
                : new ContainerFields(
                    c.getEnv(),
                    c.getEnvFrom(),
                    c.getResources(),
                    c.getImagePullPolicy(),
                    c.getPorts()));
      }
    }
    lists.put("ephemeralContainers", ephemeral);
    return lists;
  }

  private static List<ContainerFields> of(List<Container> containers) {
    List<ContainerFields> fields = new ArrayList<>();
    if (containers != null) {
      for (Container c : containers) {
        fields.add(
            c == null
                ? null
                : new ContainerFields(
                    c.getEnv(),
                    c.getEnvFrom(),
                    c.getResources(),
                    c.getImagePullPolicy(),
                    c.getPorts()));
      }
    }
    return fields;
  }
}
