package dev.stackwright.mesh;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Environment;
import dev.stackwright.core.Stack;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.istio.api.networking.v1.VirtualService;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import org.junit.jupiter.api.Test;

/** One definition, two meshes: the environment picks the mesh with one value. */
class MeshSwitchTest {

  static Stack shop(Environment env) {
    ServiceMesh mesh = env.is("prod") ? ServiceMesh.istio() : ServiceMesh.linkerd();
    return Stack.builder()
        .from(
            Shop.stack(
                mesh,
                MeshMembership.of(mesh, "shop"),
                MutualTls.strict(mesh, "shop"),
                MeshRoute.canary(mesh, "orders", Shop.ORDERS_SVC, Shop.ORDERS_V2_SVC, 10)
                    .withTimeout("5s")
                    .withRetry(Retry.of(2, "1s")),
                MeshAuthorization.allow(
                    mesh, Shop.ORDERS, AllowRule.from(Shop.WEB).forMethods("GET", "POST")),
                DefaultDeny.of(mesh, "shop")))
        .environment(env)
        .build();
  }

  @Test
  void theSameDefinitionRendersForIstioAndLinkerd() {
    assertThat(shop(Environment.of("prod"))).object(VirtualService.class, "orders");
    assertThat(shop(Environment.of("dev"))).object(HTTPRoute.class, "orders");
  }

  @Test
  void outputIsByteIdenticalForTheSameInput() {
    for (String env : new String[] {"prod", "dev"}) {
      SynthResult first = Synthesizer.synthesize(shop(Environment.of(env)));
      SynthResult second = Synthesizer.synthesize(shop(Environment.of(env)));
      assertThat(first).isOk();
      assertThat(second).isOk();
      assertThat(Yaml.writeAll(second.objects()))
          .as("%s output", env)
          .isEqualTo(Yaml.writeAll(first.objects()));
    }
  }
}
