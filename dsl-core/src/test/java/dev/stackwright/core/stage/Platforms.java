package dev.stackwright.core.stage;

import dev.stackwright.core.Component;
import dev.stackwright.core.Manifests;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.release.ChartRelease;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * A small platform for the stage tests: an operator release that installs the {@code Widget} CRD, a
 * widget, a raw CRD with one of its objects, and a component that needs the widget.
 */
final class Platforms {
  static final String GROUP = "example.com";

  private Platforms() {}

  static TargetCluster.Builder target() {
    return TargetCluster.builder()
        .kubernetesVersion("1.31")
        .provides(Prerequisite.FLUX, Prerequisite.ARGO_CD, Prerequisite.ingressClass("nginx"));
  }

  static ChartRelease.Builder operator() {
    return ChartRelease.builder()
        .name("operator")
        .namespace("ops")
        .chart("operator")
        .repository("https://charts.example.com")
        .version("1.2.3")
        .addCrdSet(CrdSet.of(GROUP, "Widget").switchedBy("crds.enabled"));
  }

  static GenericKubernetesResource object(String apiVersion, String kind, String ns, String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion(apiVersion)
        .withKind(kind)
        .withNewMetadata()
        .withName(name)
        .withNamespace(ns)
        .endMetadata()
        .build();
  }

  static HasMetadata widget(String name) {
    GenericKubernetesResource w = object(GROUP + "/v1", "Widget", "app", name);
    w.setAdditionalProperties(Map.of("spec", Map.of("size", 3)));
    return w;
  }

  static HasMetadata gadgetCrd() {
    GenericKubernetesResource crd =
        object("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "gadgets." + GROUP);
    crd.setAdditionalProperties(
        Map.of(
            "spec",
            Map.of(
                "group",
                GROUP,
                "scope",
                "Namespaced",
                "names",
                Map.of("kind", "Gadget", "plural", "gadgets"),
                "versions",
                List.of(Map.of("name", "v1", "served", true, "storage", true)))));
    return crd;
  }

  static Stack.Builder stack(Component... components) {
    return Stack.builder()
        .name("demo")
        .addNamespaces(Namespace.of("ops"), Namespace.of("app"))
        .defaultNamespace("app")
        .add(components);
  }

  /**
   * The whole platform: the operator and a widget, the gadget CRD with a gadget in one component,
   * and a component that needs the widget.
   */
  static Stack.Builder platform() {
    TestComponent widgets = TestComponent.of("widgets").with(widget("w1"));
    return stack(
        operator().build(),
        widgets,
        Manifests.of("gadgets", gadgetCrd(), object(GROUP + "/v1", "Gadget", "app", "g1")),
        TestComponent.of("after", widgets),
        TestComponent.of("plain"));
  }
}
