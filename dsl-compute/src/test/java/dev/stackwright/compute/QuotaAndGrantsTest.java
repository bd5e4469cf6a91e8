package dev.stackwright.compute;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.pod.Grant;
import dev.stackwright.core.pod.PodRules;
import dev.stackwright.core.pod.Resources;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaAndGrantsTest {

  @Test
  void namespaceQuotaSynthesizesQuotaAndLimitRange() {
    NamespaceQuota quota =
        NamespaceQuota.builder()
            .name("team")
            .requestsCpu("20")
            .requestsMemory("40Gi")
            .limitsMemory("80Gi")
            .pods(200)
            .putHard("requests.nvidia.com/gpu", "4")
            .defaultRequest(Resources.of("100m", "128Mi"))
            .defaultLimit(Resources.of("500m", "512Mi"))
            .max(Resources.of("4", "8Gi"))
            .build();
    assertThat(Stacks.of(quota))
        .object(ResourceQuota.class, "team")
        .satisfies(
            q ->
                assertThat(q.getSpec().getHard())
                    .containsEntry("requests.cpu", new Quantity("20"))
                    .containsEntry("pods", new Quantity("200"))
                    .containsEntry("requests.nvidia.com/gpu", new Quantity("4")));
    assertThat(Stacks.of(quota))
        .object(LimitRange.class, "team")
        .satisfies(
            l -> {
              var item = l.getSpec().getLimits().get(0);
              assertThat(item.getType()).isEqualTo("Container");
              assertThat(item.getDefaultRequest()).containsEntry("cpu", new Quantity("100m"));
              assertThat(item.getDefault()).containsEntry("memory", new Quantity("512Mi"));
              assertThat(item.getMax()).containsEntry("cpu", new Quantity("4"));
            });
  }

  @Test
  void quotaWithMalformedQuantityIsAnError() {
    assertThat(Stacks.of(NamespaceQuota.builder().name("team").requestsMemory("40GB").build()))
        .hasError("core.invalid-quantity", "quota team / hard[requests.memory]");
  }

  @Test
  void grantsBecomeALeastPrivilegeRoleBoundToTheServiceAccount() {
    Workload api =
        Stacks.api()
            .addGrant(Grant.read("configmaps", "feature-flags"))
            .addGrant(
                Grant.of("coordination.k8s.io", "leases", List.of("get", "update"))
                    .only("api-leader"))
            .build();
    assertThat(Stacks.of(api))
        .object(Role.class, "api")
        .satisfies(
            r -> {
              var read = r.getRules().get(0);
              assertThat(read.getApiGroups()).containsExactly("");
              assertThat(read.getResources()).containsExactly("configmaps");
              assertThat(read.getResourceNames()).containsExactly("feature-flags");
              assertThat(read.getVerbs()).containsExactly("get", "watch");
              assertThat(r.getRules().get(1).getResourceNames()).containsExactly("api-leader");
            });
    assertThat(Stacks.of(api))
        .object(RoleBinding.class, "api")
        .satisfies(
            b -> {
              assertThat(b.getRoleRef().getName()).isEqualTo("api");
              assertThat(b.getSubjects().get(0).getName()).isEqualTo("api");
              assertThat(b.getSubjects().get(0).getNamespace()).isEqualTo("shop");
            });
  }

  @Test
  void grantsWithoutATokenAreAWarning() {
    Workload api = Stacks.api().addGrant(Grant.read("configmaps", "feature-flags")).build();

    assertThat(Stacks.of(api)).hasWarning(PodRules.GRANTS_WITHOUT_TOKEN, "workload api / grants");
    assertThat(
            Stacks.of(
                Stacks.api()
                    .addGrant(Grant.read("configmaps", "feature-flags"))
                    .automountServiceAccountToken(true)
                    .build()))
        .hasNoDiagnostic(PodRules.GRANTS_WITHOUT_TOKEN);
  }

  @Test
  void noGrantsNoRole() {
    assertThat(Stacks.of(Stacks.api().build())).all(Role.class).isEmpty();
  }

  @Test
  void wildcardGrantIsAnError() {
    assertThat(Stacks.of(Stacks.api().addGrant(Grant.of("", "*", List.of("*"))).build()))
        .hasError(PodRules.INVALID_GRANT, "workload api / grants[0] / verbs");
  }
}
