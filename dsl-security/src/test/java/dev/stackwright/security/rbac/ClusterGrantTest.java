package dev.stackwright.security.rbac;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.TestWorkload;
import dev.stackwright.core.validate.Acknowledgement;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterGrantTest {
  private static final TestWorkload API = TestWorkload.http("api").withNamespace("shop");

  static Stack.Builder builder(Component... components) {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .addNamespace(Namespace.of("reports"))
        .defaultNamespace("shop")
        .add(API)
        .add(components);
  }

  static Stack stack(Component... components) {
    return builder(components).build();
  }

  static ClusterGrant.Builder nodeReader() {
    return ClusterGrant.builder().name("node-reader").addPermission(Permission.read("", "nodes"));
  }

  @Test
  void aClusterRoleIsBoundToWorkloadsAccountsUsersAndGroups() {
    SharedServiceAccount reporting = SharedServiceAccount.of("reporting").withNamespace("reports");
    ClusterGrant grant =
        nodeReader()
            .addPermission(Permission.urls(List.of("/metrics"), "get"))
            .addSubject(Subject.of(API))
            .addSubject(Subject.of(reporting))
            .addSubject(Subject.serviceAccount("ci-deployer", "ci"))
            .addSubject(Subject.user("jane@example.com"))
            .addSubject(Subject.group("oidc:sre"))
            .build();

    assertThat(stack(reporting, grant))
        .object(ClusterRole.class, "node-reader")
        .satisfies(
            r -> {
              assertThat(r.getMetadata().getNamespace()).isNull();
              assertThat(r.getRules().get(0).getResources()).containsExactly("nodes");
              assertThat(r.getRules().get(0).getVerbs()).containsExactly("get", "list", "watch");
              assertThat(r.getRules().get(1).getNonResourceURLs()).containsExactly("/metrics");
            });
    assertThat(stack(reporting, grant))
        .object(ClusterRoleBinding.class, "node-reader")
        .satisfies(
            b -> {
              assertThat(b.getRoleRef().getKind()).isEqualTo("ClusterRole");
              assertThat(b.getSubjects())
                  .extracting(s -> s.getKind() + ":" + s.getNamespace() + "/" + s.getName())
                  .containsExactly(
                      "ServiceAccount:shop/api",
                      "ServiceAccount:reports/reporting",
                      "ServiceAccount:ci/ci-deployer",
                      "User:null/jane@example.com",
                      "Group:null/oidc:sre");
            });
    assertThat(stack(reporting, grant))
        .object(ServiceAccount.class, "reporting")
        .satisfies(sa -> assertThat(sa.getAutomountServiceAccountToken()).isFalse());
  }

  @Test
  void aGrantLimitedToNamespacesIsBoundInEachOnly() {
    ClusterGrant grant =
        ClusterGrant.builder()
            .name("deployment-reader")
            .addPermission(Permission.read("apps", "deployments"))
            .addSubject(Subject.group("oidc:support"))
            .addNamespaces("shop", "reports")
            .build();

    assertThat(stack(grant))
        .all(RoleBinding.class)
        .extracting(b -> b.getMetadata().getNamespace())
        .contains("shop", "reports");
    assertThat(stack(grant)).all(ClusterRoleBinding.class).isEmpty();
  }

  @Test
  void aWildcardIsAnError() {
    ClusterGrant grant =
        ClusterGrant.builder()
            .name("ops")
            .addPermission(Permission.of("*", List.of("*"), List.of("*")))
            .addSubject(Subject.group("oidc:sre"))
            .build();

    assertThat(stack(grant))
        .hasError(RbacRules.WILDCARD, "stack shop / cluster-grant ops / permissions[0].verbs")
        .hasError(RbacRules.WILDCARD, "cluster-grant ops / permissions[0].resources")
        .hasError(RbacRules.WILDCARD, "cluster-grant ops / permissions[0].apiGroups");
  }

  @Test
  void anAcknowledgedWildcardIsAWarningWithItsReason() {
    ClusterGrant grant =
        ClusterGrant.builder()
            .name("ops")
            .addPermission(Permission.of("", List.of("pods"), List.of("*")))
            .addSubject(Subject.group("oidc:sre"))
            .build();
    Stack acknowledged =
        builder(grant)
            .acknowledge(
                Acknowledgement.of(
                    RbacRules.WILDCARD,
                    "cluster-grant ops / permissions[0].verbs",
                    "the on-call group debugs pods with every verb, ephemeral containers included"))
            .build();

    SynthResult result = Synthesizer.synthesize(acknowledged);

    assertThat(result).isOk().hasNoDiagnostic(RbacRules.WILDCARD);
    assertThat(result.acknowledged())
        .extracting(a -> a.warning().rule() + " at " + a.warning().path())
        .containsExactly(
            RbacRules.WILDCARD + " at stack shop / cluster-grant ops / permissions[0].verbs");
  }

  @Test
  void aWorkloadGrantedPermissionsWithoutATokenGetsAWarning() {
    assertThat(stack(nodeReader().addSubject(Subject.of(API)).build()))
        .hasWarning(RbacRules.GRANT_WITHOUT_TOKEN, "cluster-grant node-reader / subjects[0]");
  }

  @Test
  void aGrantWithoutPermissionsOrSubjectsIsAnError() {
    ClusterGrant empty = ClusterGrant.builder().name("empty").build();
    ClusterGrant noVerbs =
        ClusterGrant.builder()
            .name("no-verbs")
            .addPermission(Permission.builder().addApiGroup("").addResource("pods").build())
            .addSubject(Subject.user(" "))
            .build();

    assertThat(stack(empty, noVerbs))
        .hasError(RbacRules.INVALID_GRANT, "cluster-grant empty / permissions")
        .hasError(RbacRules.INVALID_GRANT, "cluster-grant empty / subjects")
        .hasError(RbacRules.INVALID_GRANT, "cluster-grant no-verbs / permissions[0].verbs")
        .hasError(RbacRules.INVALID_GRANT, "cluster-grant no-verbs / subjects[0].name");
  }

  @Test
  void aGrantToAWorkloadOutsideTheStackIsAnError() {
    TestWorkload ghost = TestWorkload.http("ghost").withNamespace("shop");

    assertThat(stack(nodeReader().addSubject(Subject.of(ghost)).build())).isNotOk();
  }

  @Test
  void aSharedAccountNamedLikeAWorkloadsIsAnError() {
    assertThat(stack(SharedServiceAccount.of("api").withNamespace("shop")))
        .hasError(RbacRules.INVALID_GRANT, "service-account api / name");
  }
}
