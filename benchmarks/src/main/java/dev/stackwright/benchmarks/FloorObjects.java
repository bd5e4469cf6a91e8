package dev.stackwright.benchmarks;

import static dev.stackwright.benchmarks.ReferenceWorkload.CONTAINER_PORT;
import static dev.stackwright.benchmarks.ReferenceWorkload.NAMESPACE;
import static dev.stackwright.benchmarks.ReferenceWorkload.PORT_NAME;
import static dev.stackwright.benchmarks.ReferenceWorkload.STACK;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;

/**
 * The floor's objects of one service (all but the pods and policies, see {@link FloorPods} and
 * {@link FloorPolicies}), built directly with fabric8's builders, field for field what the DSL
 * synthesizes: the same values, recommended labels and secure defaults.
 */
final class FloorObjects {
  static final String NAME_LABEL = "app.kubernetes.io/name";
  static final String PART_OF_LABEL = "app.kubernetes.io/part-of";
  static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
  private static final String PSA = "pod-security.kubernetes.io/";

  private FloorObjects() {}

  /** Metadata of an object in the benchmark namespace, with the recommended labels. */
  static ObjectMeta meta(String name, String component) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(NAMESPACE)
        .addToLabels(NAME_LABEL, component)
        .addToLabels(PART_OF_LABEL, STACK)
        .addToLabels(MANAGED_BY_LABEL, "stackwright")
        .build();
  }

  static Namespace namespace() {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(NAMESPACE)
        .addToLabels(NAME_LABEL, NAMESPACE)
        .addToLabels(PART_OF_LABEL, STACK)
        .addToLabels(MANAGED_BY_LABEL, "stackwright")
        .addToLabels(PSA + "enforce", "restricted")
        .addToLabels(PSA + "enforce-version", "latest")
        .addToLabels(PSA + "audit", "restricted")
        .addToLabels(PSA + "warn", "restricted")
        .endMetadata()
        .build();
  }

  static PodDisruptionBudget disruptionBudget(String name) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(meta(name, name))
        .withNewSpec()
        .withMinAvailable(new IntOrString(2))
        .withNewSelector()
        .addToMatchLabels(NAME_LABEL, name)
        .endSelector()
        .endSpec()
        .build();
  }

  static ServiceAccount serviceAccount(String name) {
    return new ServiceAccountBuilder()
        .withMetadata(meta(name, name))
        .withAutomountServiceAccountToken(false)
        .build();
  }

  static ConfigMap configMap(int i) {
    String name = ReferenceWorkload.configName(i);
    ConfigMapBuilder b = new ConfigMapBuilder().withMetadata(meta(name, name));
    for (String[] entry : ReferenceWorkload.configData(i)) {
      b.addToData(entry[0], entry[1]);
    }
    return b.build();
  }

  static Service service(String name) {
    return new ServiceBuilder()
        .withMetadata(meta(name, name))
        .withNewSpec()
        .withType("ClusterIP")
        .addToSelector(NAME_LABEL, name)
        .addNewPort()
        .withName(PORT_NAME)
        .withPort(ReferenceWorkload.SERVICE_PORT)
        .withProtocol("TCP")
        .withTargetPort(new IntOrString(CONTAINER_PORT))
        .endPort()
        .endSpec()
        .build();
  }

  static HorizontalPodAutoscaler autoscaler(String name) {
    return new HorizontalPodAutoscalerBuilder()
        .withMetadata(meta(name, name))
        .withNewSpec()
        .withNewScaleTargetRef("apps/v1", "Deployment", name)
        .withMinReplicas(3)
        .withMaxReplicas(10)
        .addNewMetric()
        .withType("Resource")
        .withNewResource()
        .withName("cpu")
        .withNewTarget()
        .withType("Utilization")
        .withAverageUtilization(70)
        .endTarget()
        .endResource()
        .endMetric()
        .endSpec()
        .build();
  }
}
