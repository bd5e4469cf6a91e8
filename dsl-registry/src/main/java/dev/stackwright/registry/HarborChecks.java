package dev.stackwright.registry;

import dev.stackwright.core.cluster.Prerequisite;
import dev.stackwright.core.cluster.Provider;
import dev.stackwright.core.synth.SynthContext;
import dev.stackwright.core.validate.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rules a {@link Harbor} is checked by, beyond those of its chart release. */
final class HarborChecks {
  private HarborChecks() {}

  static void check(Harbor harbor, SynthContext context, Checks checks) {
    storage(harbor, context, checks);
    exposure(harbor, context, checks);
    checks.subdomain("adminPasswordSecret", harbor.adminPasswordSecret().name());
    harbor.tlsSecret().ifPresent(s -> checks.subdomain("tlsSecret", s.name()));
    harbor.pullSecret().ifPresent(s -> checks.subdomain("pullSecret", s.name()));
    projects(harbor, checks);
  }

  private static void storage(Harbor harbor, SynthContext context, Checks checks) {
    checks.require(
        harbor.storage().containsKey(HarborVolume.REGISTRY),
        RegistryRules.NO_STORAGE,
        "storage[registry]",
        "Harbor keeps every image on the registry volume; give it a claim of the stack, such as"
            + " putStorage(HarborVolume.REGISTRY, PerReplicaClaim.of(\"registry\", \"200Gi\","
            + " storageClass))");
    harbor
        .storage()
        .forEach(
            (volume, template) -> {
              Checks at = checks.in("storage", volume.key());
              template.validate(context, at);
              checks.require(
                  HarborValues.size(template.toClaimTemplate()).isPresent(),
                  RegistryRules.INVALID_STORAGE,
                  "storage[" + volume.key() + "]",
                  "the claim template %s requests no storage size",
                  template.name());
            });
  }

  private static void exposure(Harbor harbor, SynthContext context, Checks checks) {
    boolean ingress = harbor.exposure().ingressClassName().isPresent();
    checks.require(
        harbor.tlsSecret().isPresent(),
        RegistryRules.NO_TLS,
        "tlsSecret",
        "Harbor is served over HTTPS on %s (container runtimes refuse plain HTTP registries); name"
            + " the Secret of its certificate with tlsSecret(SecretRef.existing(...))",
        harbor.host());
    Set<String> served = new TreeSet<>();
    for (Provider p : context.componentsOf(Provider.class)) {
      served.addAll(ingress ? p.servedIngressClasses() : p.servedGatewayClasses());
    }
    context
        .stack()
        .target()
        .ifPresent(
            t -> {
              for (Prerequisite p : t.provided()) {
                served.addAll(ingress ? p.ingressClasses() : p.gatewayClasses());
              }
            });
    String className =
        ingress
            ? harbor.exposure().ingressClassName().get()
            : harbor.exposure().gatewayClassName().get();
    checks.require(
        served.contains(className),
        RegistryRules.UNSERVED_CLASS,
        "exposure",
        "no controller in the stack or the cluster serves %s class \"%s\" (served: %s)",
        ingress ? "ingress" : "gateway",
        className,
        served);
  }

  private static void projects(Harbor harbor, Checks checks) {
    Map<String, String> byRegistry = new HashMap<>();
    Map<String, String> byProject = new HashMap<>();
    for (ProxyCache p : harbor.proxyCaches()) {
      String field = "proxyCaches[" + p.project() + "]";
      checks.require(
          p.validProject(),
          RegistryRules.INVALID_PROJECT,
          field,
          "expected a Harbor project name (lower-case letters, digits and . _ - between them),"
              + " was \"%s\"",
          p.project());
      String other = byRegistry.putIfAbsent(p.registry(), p.project());
      checks.require(
          other == null,
          RegistryRules.INVALID_PROJECT,
          field,
          "registry %s is already cached by project %s",
          p.registry(),
          other);
      other = byProject.putIfAbsent(p.project(), p.registry());
      checks.require(
          other == null,
          RegistryRules.INVALID_PROJECT,
          field,
          "project %s already caches %s",
          p.project(),
          other);
    }
  }
}
