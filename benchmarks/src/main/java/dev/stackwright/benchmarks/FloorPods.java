package dev.stackwright.benchmarks;

import static dev.stackwright.benchmarks.FloorObjects.NAME_LABEL;
import static dev.stackwright.benchmarks.FloorObjects.meta;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;

/**
 * The floor's Deployment of one service, built with fabric8's builders: the container of the
 * reference workload with the restricted security context the DSL gives every pod.
 */
final class FloorPods {
  private FloorPods() {}

  static Deployment deployment(int i) {
    String name = ReferenceWorkload.service(i);
    String config = ReferenceWorkload.configName(i);
    return new DeploymentBuilder()
        .withMetadata(meta(name, name))
        .withNewSpec()
        .withNewSelector()
        .addToMatchLabels(NAME_LABEL, name)
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .addToLabels(NAME_LABEL, name)
        .endMetadata()
        .withNewSpec()
        .withServiceAccountName(name)
        .withAutomountServiceAccountToken(false)
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .addToContainers(container(i, name, config))
        .addNewVolume()
        .withName(config)
        .withNewConfigMap()
        .withName(config)
        .endConfigMap()
        .endVolume()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static Container container(int i, String name, String config) {
    return new ContainerBuilder()
        .withName("app")
        .withImage(ReferenceWorkload.image(i))
        .withNewSecurityContext()
        .withRunAsNonRoot(true)
        .withReadOnlyRootFilesystem(true)
        .withAllowPrivilegeEscalation(false)
        .withNewCapabilities()
        .addToDrop("ALL")
        .endCapabilities()
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .endSecurityContext()
        .addNewPort()
        .withName(ReferenceWorkload.PORT_NAME)
        .withContainerPort(ReferenceWorkload.CONTAINER_PORT)
        .withProtocol("TCP")
        .endPort()
        .addNewEnv()
        .withName("SERVICE_NAME")
        .withValue(name)
        .endEnv()
        .addNewVolumeMount()
        .withName(config)
        .withMountPath(ReferenceWorkload.CONFIG_PATH)
        .endVolumeMount()
        .withNewResources()
        .addToRequests("cpu", new Quantity("100m"))
        .addToRequests("memory", new Quantity("128Mi"))
        .addToLimits("cpu", new Quantity("500m"))
        .addToLimits("memory", new Quantity("256Mi"))
        .endResources()
        .withReadinessProbe(httpProbe("/healthz"))
        .withLivenessProbe(httpProbe("/livez"))
        .build();
  }

  private static Probe httpProbe(String path) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath(path)
        .withPort(new IntOrString(ReferenceWorkload.PORT_NAME))
        .endHttpGet()
        .withPeriodSeconds(10)
        .withTimeoutSeconds(1)
        .withFailureThreshold(3)
        .build();
  }
}
