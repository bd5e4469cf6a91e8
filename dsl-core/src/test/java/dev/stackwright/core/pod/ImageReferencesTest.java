package dev.stackwright.core.pod;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Component;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.testing.TestWorkload;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageReferencesTest {
  private static final String DIGEST = "sha256:" + "ab".repeat(32);
  private static final ImageMirror HUB =
      ImageMirror.of("docker.io", "harbor.example.com/dockerhub");

  private static Stack stack(Component... components) {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build();
  }

  private static TestWorkload api(String image) {
    return TestWorkload.builder().name("api").image(image).build();
  }

  private static String written(Stack stack) {
    return assertThat(stack).isOk().actual().objects().stream()
        .filter(Deployment.class::isInstance)
        .map(Deployment.class::cast)
        .findFirst()
        .orElseThrow()
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getImage();
  }

  @Test
  void dockerHubShortFormsNormalizeToTheFullReference() {
    assertThat(Image.of("nginx:1.27").canonical().reference())
        .isEqualTo("docker.io/library/nginx:1.27");
    assertThat(Image.of("library/nginx:1.27").canonical().reference())
        .isEqualTo("docker.io/library/nginx:1.27");
    assertThat(Image.of("docker.io/nginx:1.27").canonical().reference())
        .isEqualTo("docker.io/library/nginx:1.27");
    assertThat(Image.of("index.docker.io/bitnami/redis:7").canonical().reference())
        .isEqualTo("docker.io/bitnami/redis:7");
    assertThat(Image.of("otel/collector:0.1").canonical().reference())
        .isEqualTo("docker.io/otel/collector:0.1");
    assertThat(Image.of("quay.io/ceph/ceph:v19").canonical().reference())
        .isEqualTo("quay.io/ceph/ceph:v19");
    assertThat(Image.of("localhost:5000/app:1").canonical().reference())
        .isEqualTo("localhost:5000/app:1");
  }

  @Test
  void aMirrorRewritesEveryDockerHubFormOfAnImage() {
    for (String image : new String[] {"nginx:1.27", "library/nginx:1.27", "docker.io/nginx:1.27"}) {
      assertThat(written(stack(api(image), ImageMirrors.of(HUB))))
          .isEqualTo("harbor.example.com/dockerhub/library/nginx:1.27");
    }
    assertThat(written(stack(api("quay.io/ceph/ceph:v19"), ImageMirrors.of(HUB))))
        .isEqualTo("quay.io/ceph/ceph:v19");
  }

  @Test
  void theRegistryPolicyIsCheckedOnTheRewrittenReference() {
    assertThat(
            written(
                stack(
                    api("nginx:1.27"),
                    ImageMirrors.of(HUB),
                    RegistryPolicy.allow("harbor.example.com"))))
        .isEqualTo("harbor.example.com/dockerhub/library/nginx:1.27");
  }

  @Test
  void aMirrorThatMakesAnImageViolateThePolicyIsAnErrorNamingTheMirror() {
    assertThat(
            stack(
                api("nginx:1.27"),
                ImageMirrors.of(ImageMirror.of("docker.io", "mirror.elsewhere.io/hub")),
                RegistryPolicy.allow("docker.io", "harbor.example.com")))
        .hasError(
            PodRules.REGISTRY_NOT_ALLOWED,
            "workload api / container app / image",
            "mirror docker.io -> mirror.elsewhere.io/hub rewrites image \"nginx:1.27\"");
  }

  @Test
  void aMalformedMirrorIsAnError() {
    assertThat(stack(api("nginx:1.27"), ImageMirrors.of(ImageMirror.of("docker.io", "Not A Host"))))
        .hasError(PodRules.INVALID_MIRROR, "image-mirrors image-mirrors / mirrors[docker.io]");
    assertThat(
            stack(
                api("nginx:1.27"),
                ImageMirrors.of(HUB, ImageMirror.of("index.docker.io", "other.example.com/hub"))))
        .hasError(
            PodRules.INVALID_MIRROR,
            "image-mirrors image-mirrors / mirrors[index.docker.io]",
            "registry docker.io is mirrored twice");
  }

  @Test
  void theLockPinsEveryImageByDigestThroughItsMirror() {
    ImageLock lock = ImageLock.parse("# lock\nnginx:1.27 " + DIGEST + "\n\n", "images.lock");

    assertThat(written(stack(api("docker.io/library/nginx:1.27"), lock)))
        .isEqualTo("docker.io/library/nginx:1.27@" + DIGEST);
    assertThat(written(stack(api("nginx:1.27"), lock, ImageMirrors.of(HUB))))
        .isEqualTo("harbor.example.com/dockerhub/library/nginx:1.27@" + DIGEST);
  }

  @Test
  void anImageMissingFromTheLockIsAnErrorNamingTheLineToAdd() {
    ImageLock lock = ImageLock.parse("nginx:1.27 " + DIGEST + "\n", "images.lock");

    assertThat(stack(api("redis:7.4.1"), lock))
        .hasError(
            PodRules.IMAGE_NOT_LOCKED,
            "workload api / container app / image",
            "add the line \"docker.io/library/redis:7.4.1 sha256:<digest>\"");
  }

  @Test
  void anImagePinnedInItsDefinitionNeedsNoLockLine() {
    ImageLock lock = ImageLock.parse("", "images.lock");

    assertThat(written(stack(api("registry.example.com/app:1.0@" + DIGEST), lock)))
        .isEqualTo("registry.example.com/app:1.0@" + DIGEST);
  }

  @Test
  void aMalformedDigestInTheLockIsAnErrorAtItsLine() {
    ImageLock lock = ImageLock.parse("nginx:1.27 sha256:1234\nredis:7\n", "images.lock");

    assertThat(stack(api("nginx:1.27"), lock))
        .hasError(
            PodRules.INVALID_IMAGE_LOCK,
            "image-lock image-lock / digests[nginx:1.27]",
            "expected a digest sha256:<64 lower-case hex digits>")
        .hasError(PodRules.INVALID_IMAGE_LOCK, "image-lock image-lock / digests[redis:7]");
  }

  @Test
  void theLockIsReadFromAFileAndWrittenSorted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("images.lock");
    Files.writeString(file, "redis:7.4.1 " + DIGEST + "\nnginx:1.27 " + DIGEST + "\n");

    ImageLock lock = ImageLock.read(file);

    assertThat(lock.source()).isEqualTo(file.toString());
    assertThat(lock.format())
        .isEqualTo(
            "# image reference, then its digest\nnginx:1.27 "
                + DIGEST
                + "\nredis:7.4.1 "
                + DIGEST
                + "\n");
  }

  @Test
  void pullSecretsGoOnTheServiceAccountOfPodsPullingFromTheRegistry() {
    var result =
        assertThat(
            stack(
                api("nginx:1.27"),
                TestWorkload.builder().name("web").image("quay.io/team/web:1.0").build(),
                ImageMirrors.of(HUB),
                RegistryCredentials.of("harbor.example.com", SecretRef.existing("harbor-pull"))));

    result
        .object(ServiceAccount.class, "api")
        .satisfies(
            sa ->
                assertThat(sa.getImagePullSecrets())
                    .containsExactly(new LocalObjectReference("harbor-pull")));
    result
        .object(ServiceAccount.class, "web")
        .satisfies(sa -> assertThat(sa.getImagePullSecrets()).isEmpty());
  }

  @Test
  void registryCredentialsForSomethingThatIsNotARegistryAreAnError() {
    assertThat(
            stack(api("nginx:1.27"), RegistryCredentials.of("not a host", SecretRef.existing("x"))))
        .hasError(
            PodRules.INVALID_CREDENTIALS,
            "registry-credentials registry-credentials / secrets[not a host]");
  }
}
