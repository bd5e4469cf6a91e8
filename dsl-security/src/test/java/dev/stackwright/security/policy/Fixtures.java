package dev.stackwright.security.policy;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.TargetCluster;
import dev.stackwright.core.pod.RegistryPolicy;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.security.supply.Attestor;
import dev.stackwright.security.supply.ImageVerification;

/** A small platform with the policies of either engine: two app namespaces, one privileged. */
final class Fixtures {
  static final String PEM =
      """
          -----BEGIN PUBLIC KEY-----
          MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8nXRh950IZbRj8Ra/N9sbqOPZrfM
          5/KAQN0/KjHcorm/J5yQtvsD6ITFktzi02E8FJB/b4tqxKZOSvQMS7TIXQ==
          -----END PUBLIC KEY-----""";

  static final TargetCluster TARGET =
      TargetCluster.builder().kubernetesVersion("1.32").provides(Prerequisite.FLUX).build();

  static final Kyverno KYVERNO = Kyverno.in("kyverno");
  static final Gatekeeper GATEKEEPER = Gatekeeper.in("gatekeeper-system");

  private Fixtures() {}

  static AdmissionPolicies.Builder policies(PolicyEngine engine) {
    return AdmissionPolicies.builder()
        .engine(engine)
        .putMode("prod", PolicyMode.ENFORCE)
        .addDependsOn(engine == PolicyEngine.KYVERNO ? KYVERNO : GATEKEEPER);
  }

  static Stack.Builder stack(Environment env, AdmissionPolicies policies) {
    return Stack.builder()
        .name("acme")
        .environment(env)
        .target(TARGET)
        .defaultNamespace("app")
        .addNamespace(Namespace.of("app"))
        .addNamespace(
            Namespace.builder().name("agents").podSecurity(PodSecurityLevel.BASELINE).build())
        .addNamespace(Namespace.of("kyverno"))
        .addNamespace(Namespace.of("gatekeeper-system"))
        .add(policies.engine() == PolicyEngine.KYVERNO ? KYVERNO : GATEKEEPER)
        .add(TestWorkload.http("api"), TestWorkload.http("agent").withNamespace("agents"))
        .add(RegistryPolicy.allow("registry.example.com"))
        .add(policies.components());
  }

  static Stack stack(PolicyEngine engine, Environment env) {
    return stack(env, policies(engine).build()).build();
  }

  static ImageVerification signed() {
    return ImageVerification.of("own-images", Attestor.key(PEM), "registry.example.com/*");
  }
}
