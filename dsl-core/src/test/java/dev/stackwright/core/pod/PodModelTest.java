package dev.stackwright.core.pod;

import static dev.stackwright.core.testing.SynthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Layer;
import dev.stackwright.core.Namespace;
import dev.stackwright.core.Stack;
import dev.stackwright.core.contract.NamedPort;
import dev.stackwright.core.contract.PodDecorator;
import dev.stackwright.core.contract.PodSet;
import dev.stackwright.core.synth.SynthContext;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PodModelTest {

  /** A component that runs a pod of its own, the way a collector or an agent does. */
  record Agent(String name, Pod pod, boolean builtByCore) implements PodSet {
    @Override
    public String kind() {
      return "agent";
    }

    @Override
    public Layer layer() {
      return Layer.OBSERVABILITY;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public Map<String, String> selectorLabels() {
      return Map.of(SynthContext.NAME_LABEL, name);
    }

    @Override
    public List<NamedPort> ports() {
      return pod.containerPorts();
    }

    @Override
    public String serviceAccountName() {
      return name;
    }

    @Override
    public Optional<PodDefinition> podDefinition() {
      return builtByCore ? Optional.of(pod) : Optional.empty();
    }

    @Override
    public void validate(SynthContext context, dev.stackwright.core.validate.Checks checks) {
      PodChecks.check(this, pod, true, java.util.Set.of(), context, checks);
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      List<HasMetadata> out = new ArrayList<>(PodIdentity.synthesize(this, pod, context));
      PodTemplateSpec template = PodRenderer.template(this, pod, PodExtras.none(), context);
      out.add(
          new DeploymentBuilder()
              .withMetadata(context.metadata(this).build())
              .withNewSpec()
              .withNewSelector()
              .withMatchLabels(selectorLabels())
              .endSelector()
              .withTemplate(template)
              .endSpec()
              .build());
      return out;
    }
  }

  /** A decorator adding one annotation and one variable, the way tracing or metrics do. */
  record Stamp(String name, List<PodSet> decorates)
      implements PodDecorator, dev.stackwright.core.Component {
    @Override
    public String kind() {
      return "stamp";
    }

    @Override
    public Layer layer() {
      return Layer.OBSERVABILITY;
    }

    @Override
    public Optional<String> namespace() {
      return Optional.empty();
    }

    @Override
    public Map<String, String> podAnnotations(PodSet pods, SynthContext context) {
      return Map.of("stamped", "true");
    }

    @Override
    public Map<String, String> containerEnv(PodSet pods, SynthContext context) {
      return Map.of("STAMP", pods.name());
    }

    @Override
    public List<HasMetadata> synthesize(SynthContext context) {
      return List.of();
    }
  }

  private static Pod agentPod(String image) {
    return Pod.builder()
        .addContainers(
            Container.builder()
                .name("agent")
                .image(image)
                .addPorts(NamedPort.of("http", 8080))
                .resources(Resources.of("10m", "32Mi").limits("100m", "64Mi"))
                .readinessProbe(Probe.http("/ready", "http"))
                .build())
        .build();
  }

  private static Stack stack(dev.stackwright.core.Component... components) {
    return Stack.builder().name("shop").addNamespace(Namespace.of("shop")).add(components).build();
  }

  @Test
  void aPodOfItsOwnIsRestrictedDecoratedAndGetsATokenlessAccount() {
    Agent agent = new Agent("agent", agentPod("registry.example.com/agent:1.2.0"), true);

    var result = assertThat(stack(agent, new Stamp("stamp", List.of(agent))));

    result
        .object(Deployment.class, "agent")
        .satisfies(
            d -> {
              var template = d.getSpec().getTemplate();
              assertThat(template.getMetadata().getAnnotations()).containsEntry("stamped", "true");
              var spec = template.getSpec();
              assertThat(spec.getAutomountServiceAccountToken()).isFalse();
              assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
              var c = spec.getContainers().get(0);
              assertThat(c.getEnv()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("STAMP"));
              assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
              assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            });
    result
        .object(ServiceAccount.class, "agent")
        .extracting(ServiceAccount::getAutomountServiceAccountToken)
        .isEqualTo(false);
  }

  @Test
  void aDecorationAimedAtPodsTheModelDoesNotBuildIsAnError() {
    Agent foreign = new Agent("foreign", agentPod("registry.example.com/agent:1.2.0"), false);

    assertThat(stack(foreign, new Stamp("stamp", List.of(foreign))))
        .hasError(
            PodRules.UNDECORATABLE,
            "stamp stamp / decorates[0]",
            "agent foreign runs pods that Stackwright does not build");
  }

  @Test
  void aPodOfItsOwnIsCheckedAgainstTheRegistryPolicy() {
    Agent agent = new Agent("agent", agentPod("docker.io/library/agent:1.2.0"), true);

    assertThat(stack(agent, RegistryPolicy.allow("registry.example.com")))
        .hasError(PodRules.REGISTRY_NOT_ALLOWED, "agent agent / container agent / image");
  }

  @Test
  void theSamePortNumberOnTcpAndUdpIsAllowedButNotTwiceOnOneProtocol() {
    Pod dns =
        Pod.builder()
            .addContainers(
                Container.builder()
                    .from(agentPod("registry.example.com/dns:1.0.0").containers().get(0))
                    .ports(List.of(NamedPort.of("dns-tcp", 53), NamedPort.of("dns-udp", 53, "UDP")))
                    .readinessProbe(Probe.tcp("dns-tcp"))
                    .build())
            .build();
    assertThat(stack(new Agent("dns", dns, true))).isOk();

    Pod twice =
        Pod.builder()
            .addContainers(
                Container.builder()
                    .from(dns.containers().get(0))
                    .ports(List.of(NamedPort.of("a", 53), NamedPort.of("b", 53)))
                    .readinessProbe(Probe.tcp("a"))
                    .build())
            .build();
    assertThat(stack(new Agent("dns", twice, true)))
        .hasError(
            PodRules.DUPLICATE_PORT,
            "agent dns / container agent / ports[1].containerPort",
            "port 53/TCP is declared twice");
  }
}
