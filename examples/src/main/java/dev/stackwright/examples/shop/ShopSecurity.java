package dev.stackwright.examples.shop;

import dev.stackwright.core.Component;
import dev.stackwright.core.Environment;
import dev.stackwright.core.Namespace;
import dev.stackwright.security.certificates.Acme;
import dev.stackwright.security.certificates.AcmeSolver;
import dev.stackwright.security.certificates.CertManager;
import dev.stackwright.security.certificates.Certificate;
import dev.stackwright.security.certificates.Issuer;
import dev.stackwright.security.secrets.ExternalSecret;
import dev.stackwright.security.secrets.ExternalSecretsOperator;
import dev.stackwright.security.secrets.RemoteKey;
import dev.stackwright.security.secrets.SecretStore;
import dev.stackwright.security.secrets.StoreProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Security beyond the pod: the database credentials come from Vault through the External Secrets
 * Operator (the definition says where they live, never what they are), and cert-manager issues the
 * certificate of every TLS route from Let's Encrypt (staging in dev), answering DNS-01 challenges
 * in Route 53, so no challenge traffic has to cross the shop's default-deny network policies.
 */
final class ShopSecurity {
  /** The namespace of the External Secrets Operator. */
  static final String EXTERNAL_SECRETS = "external-secrets";

  /** The namespace of cert-manager. */
  static final String CERT_MANAGER = "cert-manager";

  /** Vault, readable from the shop's namespace only. */
  static final SecretStore VAULT =
      SecretStore.builder()
          .name("vault")
          .provider(StoreProvider.vault("https://vault.example.com", "secret", "shop"))
          .scope(SecretStore.Scope.CLUSTER)
          .addAllowedNamespace(ShopNamespaces.SHOP)
          .build();

  /** The database credentials, copied from Vault into the Secret the shop's pods read. */
  static final ExternalSecret DATABASE =
      ExternalSecret.builder()
          .name(ShopCompute.DATABASE_SECRET)
          .namespace(ShopNamespaces.SHOP)
          .store(VAULT)
          .addData(RemoteKey.of("url", "shop/database", "url"))
          .addData(RemoteKey.of("password", "shop/database", "password"))
          .build();

  private final Environment env;
  private final ShopNetwork network;

  ShopSecurity(Environment env, ShopNetwork network) {
    this.env = env;
    this.network = network;
  }

  /** Let's Encrypt (staging outside prod), solving DNS-01 in the example.com hosted zone. */
  private Issuer letsEncrypt() {
    String email = "platform@example.com";
    Acme account = env.is("prod") ? Acme.letsEncrypt(email) : Acme.letsEncryptStaging(email);
    return Issuer.acme(
            env.is("prod") ? "letsencrypt" : "letsencrypt-staging",
            account.solvedBy(
                AcmeSolver.dns01Route53("eu-central-1", "Z0EXAMPLE12345").forZones("example.com")))
        .cluster();
  }

  /** The operators' namespaces: both charts' pods meet the restricted profile. */
  List<Namespace> namespaces() {
    return List.of(Namespace.of(EXTERNAL_SECRETS), Namespace.of(CERT_MANAGER));
  }

  List<Component> components() {
    Issuer issuer = letsEncrypt();
    List<Component> all = new ArrayList<>();
    all.add(ExternalSecretsOperator.release(EXTERNAL_SECRETS));
    all.add(VAULT);
    all.add(DATABASE);
    all.add(CertManager.release(CERT_MANAGER));
    all.add(issuer);
    all.addAll(Certificate.forRoutes(network.routes(), issuer));
    return all;
  }
}
