package dev.stackwright.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackwright.core.diagram.Diagram;
import dev.stackwright.core.synth.Synthesizer;
import dev.stackwright.core.testing.Snapshot;
import dev.stackwright.examples.shop.ShopPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the reference platform's current diagram, not a stale one. */
class ReadmeDiagramTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- diagram:shop-prod:start -->\n";
  private static final String END = "<!-- diagram:shop-prod:end -->";

  @Test
  void theReadmeEmbedsTheDiagramOfTheProdShop() throws IOException {
    String diagram =
        "```mermaid\n"
            + Diagram.mermaid(Synthesizer.synthesize(ShopPlatform.stack(ShopPlatform.PROD)))
            + "```\n";
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("diagram markers in README.md").isNotNegative();
    assertThat(end).isGreaterThan(start);

    if (Snapshot.updating()) {
      String updated =
          readme.substring(0, start + START.length()) + diagram + readme.substring(end);
      Files.writeString(README, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(readme.substring(start + START.length(), end))
        .as("README diagram (update with -D%s=true)", Snapshot.UPDATE_PROPERTY)
        .isEqualTo(diagram);
  }
}
