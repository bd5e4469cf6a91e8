package dev.stackwright.core.release;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.cluster.CrdSet;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.CrdSchemas;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Git release renders for each delivery tool, valid for the tools' real CRDs. */
class GitReleaseTest {
  private static final Path CRDS = Path.of("src/test/resources/crds");

  private static GitRelease.Builder gatewayApi() {
    return GitRelease.builder()
        .name("gateway-api-crds")
        .namespace("kube-system")
        .url("https://github.com/kubernetes-sigs/gateway-api")
        .ref("v1.3.0")
        .path("config/crd/standard")
        .addCrdSet(CrdSet.of("gateway.networking.k8s.io", "Gateway", "HTTPRoute"));
  }

  private static Stack stack(GitRelease release) {
    return Stack.builder()
        .name("platform")
        .addNamespaces(Namespace.existing("kube-system"), Namespace.existing("argocd"))
        .add(release)
        .build();
  }

  private static HasMetadata find(SynthResult result, String kind, String ns, String name) {
    return result.find(kind, ns, name).orElseThrow();
  }

  @Test
  void forFluxItIsAGitRepositoryAndAKustomizationValidForTheirCrds() {
    SynthResult result = Synthesizer.synthesize(stack(gatewayApi().build()));

    assertThat(result).isOk();
    HasMetadata repo = find(result, "GitRepository", "kube-system", "gateway-api-crds");
    HasMetadata kustomization = find(result, "Kustomization", "kube-system", "gateway-api-crds");
    CrdSchemas.assertValid(repo, CRDS.resolve("source.toolkit.fluxcd.io_gitrepositories.yaml"));
    CrdSchemas.assertValid(
        kustomization, CRDS.resolve("kustomize.toolkit.fluxcd.io_kustomizations.yaml"));
    assertThat(repo.toString()).contains("tag=v1.3.0", "!/config/crd/standard/");
    assertThat(kustomization.toString()).contains("path=./config/crd/standard", "wait=true");
  }

  @Test
  void forArgoCdItIsAnApplicationOfTheFolderAtTheTag() {
    SynthResult result =
        Synthesizer.synthesize(stack(gatewayApi().target(ReleaseTarget.ARGO_CD).build()));

    HasMetadata app = find(result, "Application", "argocd", "gateway-api-crds");
    CrdSchemas.assertValid(app, CRDS.resolve("argoproj.io_applications.yaml"));
    assertThat(app.toString())
        .contains("path=config/crd/standard", "targetRevision=v1.3.0", "ServerSideApply=true");
  }

  @Test
  void forHelmfileItIsAReleaseOfTheFolderAsAGoGetterChart() {
    SynthResult result =
        Synthesizer.synthesize(stack(gatewayApi().target(ReleaseTarget.HELMFILE).build()));

    assertThat(result.objects()).noneMatch(o -> o.getKind().equals("GitRepository"));
    assertThat(gatewayApi().build().goGetterUrl())
        .isEqualTo(
            "git::https://github.com/kubernetes-sigs/gateway-api.git@config/crd/standard"
                + "?ref=v1.3.0");
  }

  @Test
  void itProvidesTheKindsOfItsCrdSets() {
    assertThat(gatewayApi().build().installedKinds())
        .extracting(k -> k.crdName())
        .containsExactly(
            "gateways.gateway.networking.k8s.io", "httproutes.gateway.networking.k8s.io");
  }

  @Test
  void aFloatingRefAPlainHttpUrlAndAPathOutsideTheRepositoryAreErrors() {
    SynthResult result =
        Synthesizer.synthesize(
            stack(gatewayApi().ref("").url("http://example.com/x").path("../etc").build()));

    assertThat(result)
        .hasError(ReleaseRules.MISSING_VERSION, "release gateway-api-crds / ref")
        .hasError(ReleaseRules.INVALID_REPOSITORY, "release gateway-api-crds / url")
        .hasError(ReleaseRules.INVALID_PATH, "release gateway-api-crds / path");
  }
}
