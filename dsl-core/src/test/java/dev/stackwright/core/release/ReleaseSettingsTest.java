package dev.stackwright.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings every release shares mean and default the same for a chart and a Git release. */
class ReleaseSettingsTest {
  private final ChartRelease chart =
      ChartRelease.builder()
          .name("rook-ceph")
          .chart("rook-ceph")
          .repository("https://charts.rook.io/release")
          .version("v1.16.4")
          .build();
  private final GitRelease git =
      GitRelease.builder()
          .name("gateway-api-crds")
          .url("https://github.com/kubernetes-sigs/gateway-api")
          .ref("v1.3.0")
          .path("config/crd/standard")
          .build();

  @Test
  void bothReleasesShareTheDeliveryDefaults() {
    for (ReleaseDelivery release : List.<ReleaseDelivery>of(chart, git)) {
      assertThat(release.namespace()).isEmpty();
      assertThat(release.target()).isEmpty();
      assertThat(release.dependsOn()).isEmpty();
      assertThat(release.crdSets()).isEmpty();
      assertThat(release.argoCdNamespace()).isEqualTo("argocd");
      assertThat(release.argoCdProject()).isEqualTo("default");
    }
  }

  @Test
  void theIntervalDefaultsPerSource() {
    assertThat(chart.interval()).isEqualTo("30m");
    assertThat(git.interval()).isEqualTo("1h");
  }

  @Test
  void aSharedSettingIsSetThroughEitherBuilderByTheSameName() {
    ChartRelease argo =
        ChartRelease.builder()
            .from(chart)
            .target(ReleaseTarget.ARGO_CD)
            .argoCdNamespace("gitops")
            .addDependsOn(git)
            .build();

    assertThat(argo.target()).contains(ReleaseTarget.ARGO_CD);
    assertThat(argo.argoCdNamespace()).isEqualTo("gitops");
    assertThat(argo.dependsOn()).containsExactly(git);
  }
}
