package dev.stackwright.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.Namespace;
import dev.stackwright.core.PodSecurityLevel;
import dev.stackwright.core.Stack;
import dev.stackwright.core.TestComponent;
import dev.stackwright.core.synth.SynthResult;
import dev.stackwright.core.synth.Synthesizer;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged warning stays visible with its reason but does not fail strict mode; an
 * unacknowledged one still does, and an acknowledgement that matches nothing is itself a warning.
 */
class AcknowledgementTest {
  private static final String REASON = "Ceph's daemons need host devices";

  private static Stack.Builder shop() {
    return Stack.builder()
        .name("shop")
        .addNamespace(Namespace.of("shop"))
        .addNamespace(
            Namespace.builder().name("rook-ceph").podSecurity(PodSecurityLevel.PRIVILEGED).build())
        .defaultNamespace("shop");
  }

  @Test
  void anAcknowledgedWarningDoesNotFailStrictModeAndKeepsItsReason() {
    Stack stack =
        shop()
            .acknowledge(
                Acknowledgement.of(Rules.POD_SECURITY_OPT_OUT, "namespace rook-ceph", REASON))
            .build();

    SynthResult result = Synthesizer.strict().run(stack);

    assertThat(result.ok()).isTrue();
    assertThat(result.warnings()).isEmpty();
    assertThat(result.acknowledged())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.warning().path())
                  .isEqualTo("stack shop / namespace rook-ceph / podSecurity");
              assertThat(a.warning().rule()).isEqualTo(Rules.POD_SECURITY_OPT_OUT);
              assertThat(a.by().reason()).isEqualTo(REASON);
            });
  }

  @Test
  void anUnacknowledgedWarningStillFailsStrictMode() {
    Stack stack =
        shop()
            .add(TestComponent.of("api").warning("no probes"))
            .acknowledge(
                Acknowledgement.of(Rules.POD_SECURITY_OPT_OUT, "namespace rook-ceph", REASON))
            .build();

    SynthResult result = Synthesizer.strict().run(stack);

    assertThat(result.ok()).isFalse();
    assertThat(result.objects()).isEmpty();
    assertThat(result.errors())
        .containsExactly(
            new Diagnostic(Severity.WARNING, "test.warning", "stack shop / test api", "no probes"));
    assertThat(result.acknowledged()).hasSize(1);
  }

  @Test
  void aPathMatchesItselfAndWhatIsBelowItButNotASiblingWithTheSamePrefix() {
    Stack stack =
        shop()
            .addNamespace(
                Namespace.builder()
                    .name("rook-ceph-extra")
                    .podSecurity(PodSecurityLevel.BASELINE)
                    .build())
            .acknowledge(
                Acknowledgement.of(
                    Rules.POD_SECURITY_OPT_OUT, "stack shop / namespace rook-ceph", REASON))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.acknowledged())
        .extracting(a -> a.warning().path())
        .containsExactly("stack shop / namespace rook-ceph / podSecurity");
    assertThat(result.warnings())
        .extracting(Diagnostic::path)
        .containsExactly("stack shop / namespace rook-ceph-extra / podSecurity");
  }

  @Test
  void anAcknowledgementThatMatchesNothingIsAStaleWarning() {
    Stack stack =
        shop()
            .acknowledge(
                Acknowledgement.of(Rules.POD_SECURITY_OPT_OUT, "namespace rook-ceph", REASON),
                Acknowledgement.of("storage.assumed-claim", "claim data", "kept from 1.3"))
            .build();

    SynthResult result = Synthesizer.strict().run(stack);

    assertThat(result.ok()).isFalse();
    assertThat(result.warnings())
        .containsExactly(
            new Diagnostic(
                Severity.WARNING,
                Rules.STALE_ACKNOWLEDGEMENT,
                "stack shop / acknowledgements[1]",
                "acknowledges storage.assumed-claim at stack shop / claim data, but no such"
                    + " warning is reported; remove the acknowledgement"));
  }

  @Test
  void errorsCannotBeAcknowledged() {
    Stack stack =
        shop()
            .add(TestComponent.of("Bad"))
            .acknowledge(Acknowledgement.of(Rules.INVALID_NAME, "", "we like capitals"))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.ok()).isFalse();
    assertThat(result.errors())
        .extracting(Diagnostic::rule, Diagnostic::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Rules.INVALID_NAME, "stack shop / test Bad / name"));
    assertThat(result.acknowledged()).isEmpty();
  }

  @Test
  void staleAcknowledgementsAreJudgedOnlyOnAStackWithoutErrors() {
    Stack stack =
        shop()
            .add(TestComponent.of("Bad"))
            .acknowledge(Acknowledgement.of("storage.assumed-claim", "claim data", "kept"))
            .build();

    assertThat(Synthesizer.synthesize(stack).diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactlyInAnyOrder(Rules.INVALID_NAME, Rules.POD_SECURITY_OPT_OUT);
  }

  @Test
  void aReasonIsRequired() {
    Stack stack =
        shop()
            .acknowledge(Acknowledgement.of(Rules.POD_SECURITY_OPT_OUT, "namespace rook-ceph", " "))
            .build();

    SynthResult result = Synthesizer.synthesize(stack);

    assertThat(result.errors())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                Rules.INVALID_ACKNOWLEDGEMENT,
                "stack shop / acknowledgements[0] / reason",
                "say why the security.pod-security-opt-out warning is accepted: the reason is"
                    + " shown in every report"));
  }
}
