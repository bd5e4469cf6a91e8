package dev.stackwright.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortRefTest {
  private static final List<NamedPort> PORTS =
      List.of(NamedPort.of("http", 8080), NamedPort.of("metrics", 9090));

  @Test
  void digitsAreANumberAndAnythingElseIsAName() {
    assertThat(PortRef.of("8080").isNumber()).isTrue();
    assertThat(PortRef.of("8080").toIntOrString()).isEqualTo(new IntOrString(8080));
    assertThat(PortRef.of("http").isNumber()).isFalse();
    assertThat(PortRef.of("http").toIntOrString()).isEqualTo(new IntOrString("http"));
    assertThat(PortRef.of("").isNumber()).isFalse();
  }

  @Test
  void aNumberTooLongForAPortReadsAsZeroSoEveryPortCheckRefusesIt() {
    assertThat(PortRef.of("123456").isNumber()).isTrue();
    assertThat(PortRef.of("123456").number()).isZero();
  }

  @Test
  void resolvesByNameOrByNumber() {
    assertThat(PortRef.of("metrics").in(PORTS)).contains(PORTS.get(1));
    assertThat(PortRef.of("8080").in(PORTS)).contains(PORTS.get(0));
    assertThat(PortRef.of(9090).in(PORTS)).contains(PORTS.get(1));
    assertThat(PortRef.of("grpc").in(PORTS)).isEmpty();
    assertThat(PortRef.of("80").in(PORTS)).isEmpty();
  }
}
