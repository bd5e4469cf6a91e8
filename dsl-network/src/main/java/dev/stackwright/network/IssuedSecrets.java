package dev.stackwright.network;

import dev.stackwright.core.contract.CertificateSource;
import dev.stackwright.core.synth.SynthContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The TLS Secrets the stack's certificates write, by namespace and name, built once per synthesis:
 * with a certificate per route, looking each route's Secret up among every certificate would grow
 * with the square of the routes.
 */
final class IssuedSecrets {
  private final Set<String> secrets = new HashSet<>();

  private IssuedSecrets(SynthContext context) {
    for (CertificateSource c : context.componentsOf(CertificateSource.class)) {
      secrets.add(context.namespaceOf(c) + "/" + c.secretName());
    }
  }

  static IssuedSecrets of(SynthContext context) {
    return context.index(IssuedSecrets.class, IssuedSecrets::new);
  }

  /** Whether a certificate of the stack writes the Secret {@code name} in {@code namespace}. */
  boolean issues(String namespace, String name) {
    return secrets.contains(namespace + "/" + name);
  }
}
